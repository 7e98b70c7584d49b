"""The pure NLP core: no faust, no aiokafka; every function here is testable alone."""
