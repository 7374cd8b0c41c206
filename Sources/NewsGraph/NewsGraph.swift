// NewsGraph: the façade. `Pipeline` runs the stages in order over documents;
// the CLI and the tests call it and nothing below it.
@_exported import NewsGraphCore
