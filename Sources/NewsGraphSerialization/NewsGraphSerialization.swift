// NewsGraphSerialization: what every graph writer shares.
//
// `OutputFormat` is the one list of formats; `GraphSerializer` is the streaming
// shape each writer has; `AtomicFile` makes a file appear whole or not at all;
// `ByteSink` buffers bytes to a file descriptor; `ByteBuffer` is the raw memory
// writers build output in, and the escapers (`JSONText`, `IDEscaper`) append to any
// `ByteOutput`, scanning with `ByteTable`s. Non-goals: any one format.
