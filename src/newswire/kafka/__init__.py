"""Plain aiokafka clients: produce, subscribe, tail, export, replay, reprocess, offsets.

Everything here talks to the broker without Faust (the worker lives in ``newswire.stream``).
May import the contract, ``newswire.io`` and ``newswire.timeparse``; never ``stream``,
``cli`` or ``nlp``.
"""

from newswire.kafka.clients import (
    broker_reachable,
    client_kwargs,
    ensure_topics,
    make_consumer,
    make_producer,
    ssl_context,
)
from newswire.kafka.consume import records, subscribe
from newswire.kafka.filters import EventFilter
from newswire.kafka.probe import speaks_kafka
from newswire.kafka.producer import Pacer, SendReport, encode, send_records

__all__ = ["EventFilter", "Pacer", "SendReport", "broker_reachable", "client_kwargs", "encode",
           "ensure_topics", "make_consumer", "make_producer", "records", "send_records",
           "speaks_kafka", "ssl_context", "subscribe"]
