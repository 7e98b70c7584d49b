"""The Kafka edge: the Faust app, its topics, tables and agents."""
