"""Bytes and files to :class:`~newswire.models.RawArticle`: messages, files, archives, WARC.

May import the contract (``models``, ``errors``); never Kafka clients, the worker or the CLI.
"""

from newswire.io.archive import count_records, read_file, read_paths
from newswire.io.ingest import article_from_text, decode_message
from newswire.io.records import Record

__all__ = ["Record", "article_from_text", "count_records", "decode_message", "read_file",
           "read_paths"]
