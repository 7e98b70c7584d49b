"""Decoding raw messages: what becomes an article and which error names what does not."""

from __future__ import annotations

import json

import pytest

from newswire.errors import DecodeError, EmptyArticleError, SchemaError, TooLargeError
from newswire.io.ingest import InputLimits, article_from_text, decode_message
from newswire.models import RawArticle

LIMIT = InputLimits(max_bytes=1_000, max_url_chars=100, max_source_chars=20)


@pytest.mark.parametrize(
    ("value", "title", "text"),
    [
        (b"Headline\nFirst line.\nSecond line.", "Headline", "First line.\nSecond line."),
        (b"\n\n  Headline  \nBody", "Headline", "Body"),
        ('{"title": "T", "text": "Caf\u00e9"}'.encode(), "T", "Café"),
        (b'  {"title": "Only a title"}', "Only a title", None),
        (b'{\n  "title": "T", "text": "x"}', "T", "x"),
        # Plain text may open with a brace: only a brace then a quoted name is JSON.
        (b"{Breaking} Floods in Valencia\nRain fell.", "{Breaking} Floods in Valencia",
         "Rain fell."),
        (b"{{Infobox}}\nText.", "{{Infobox}}", "Text."),
    ],
)
def test_decodes_text_and_json(value: bytes, title: str, text: str | None) -> None:
    """Plain UTF-8 takes its first non-empty line as title; JSON maps onto RawArticle."""
    article = decode_message(value, LIMIT)
    assert (article.title, article.text) == (title, text)


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (b'{"title": ', DecodeError),
        (b'{ "title" "T"}', DecodeError),
        (b"{}", EmptyArticleError),
        (b"\xff\xfe\xfd", DecodeError),
        (b'{"title": 7, "text": "x"}', SchemaError),
        (b'{"published_at": "not a date", "text": "x"}', SchemaError),
        (b"", EmptyArticleError),
        (None, EmptyArticleError),
        (b"   \n\t ", EmptyArticleError),
        (b'{"title": "  ", "text": ""}', EmptyArticleError),
        (b"x" * (LIMIT.max_bytes + 1), TooLargeError),
        (b'{"text": "x", "url": "https://e.com/' + b"a" * 87 + b'"}', TooLargeError),
        (b'{"text": "x", "source": "' + b"S" * 21 + b'"}', TooLargeError),
    ],
)
def test_rejects_bad_input_with_its_reason(value: bytes | None, error: type[Exception]) -> None:
    """Each kind of bad input raises its own InputError subclass."""
    with pytest.raises(error):
        decode_message(value, LIMIT)


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("url", "https://e.com/" + "a" * 87, "url is 101 characters, over the 100 character "
         "limit (NEWSWIRE_MAX_URL_CHARS)"),
        ("source", "S" * 21, "source is 21 characters, over the 20 character limit "
         "(NEWSWIRE_MAX_SOURCE_CHARS)"),
    ],
)
def test_url_or_source_over_its_limit_is_refused_with_its_reason(
    field: str, value: str, reason: str
) -> None:
    """A url or source over its limit is refused (a dead letter), saying which and why;
    at the limit it is read."""
    with pytest.raises(TooLargeError) as refused:
        decode_message(json.dumps({"text": "x", field: value}).encode(), LIMIT)
    assert str(refused.value) == reason
    article = decode_message(json.dumps({"text": "x", field: value[:-1]}).encode(), LIMIT)
    assert getattr(article, field) == value[:-1]


def test_keeps_unknown_feed_fields() -> None:
    """Extra fields a feed carries survive decoding, in model_extra."""
    article = decode_message(b'{"title": "T", "text": "b", "guid": "x-1", "tags": ["a"]}', LIMIT)
    assert article.model_extra == {"guid": "x-1", "tags": ["a"]}


@pytest.mark.parametrize(
    ("fields", "same_as"),
    [
        ({"url": "https://e.com/a", "source": "E"}, {"url": "https://e.com/a", "source": "E"}),
        ({"url": "https://e.com/a", "text": "one"}, {"url": "https://e.com/a", "text": "two"}),
        ({"text": "same body"}, {"text": "same body"}),
        ({"title": "T", "text": "same body"}, {"text": "same body", "title": "T"}),
    ],
)
def test_missing_id_is_a_stable_hash(fields: dict[str, str], same_as: dict[str, str]) -> None:
    """Without an id, (source, url) or else the content gives the same id every time."""
    first = RawArticle.model_validate(fields)
    second = RawArticle.model_validate(same_as)
    assert first.article_id() == second.article_id()
    assert len(first.article_id()) == 16


def test_given_id_wins() -> None:
    """An explicit id is used as is."""
    assert article_from_text("T\nbody", id="abc", url="https://e.com").article_id() == "abc"


def test_message_key_is_the_id_when_the_article_has_none() -> None:
    """Plain text (or JSON without id) takes the message key as article id; a JSON id wins."""
    assert decode_message(b"Title\nBody", LIMIT, key=b"k-1").article_id() == "k-1"
    assert decode_message(b'{"id": "j", "text": "b"}', LIMIT, key=b"k-1").article_id() == "j"


def test_a_message_key_too_long_for_an_id_is_refused_with_its_reason() -> None:
    """A key over an id's 512 characters is a TooLargeError (the DLQ), as a JSON id is refused."""
    with pytest.raises(TooLargeError, match="message key is 513 characters"):
        decode_message(b"Title\nBody", LIMIT, key=b"k" * 513)
    assert decode_message(b"Title\nBody", LIMIT, key=b"k" * 512).article_id() == "k" * 512
