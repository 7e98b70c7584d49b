# The newswire worker image (used by docker-compose.yml). No embedded broker inside:
# it talks to the Kafka named by NEWSWIRE_BROKER.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY src ./src
COPY seeds ./seeds
COPY feeds.toml ./
RUN pip install . && useradd --create-home newswire
USER newswire
ENV NEWSWIRE_DATA_DIR=/home/newswire/.newswire
EXPOSE 6066 6067
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:6066/healthz')"
CMD ["newswire", "worker"]
