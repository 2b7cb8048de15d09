// Top-level code, not an async entry point: later, demo processes are forked from a server
// started here before any thread exists, and that needs a synchronous start.
SpindleCommand.main()
