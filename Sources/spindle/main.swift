import Primitives

// Before anything can start a thread: demo processes are forked from this server, never from
// the tutor itself (see ForkServer). If it cannot start now, the first demo tries again and
// reports why.
try? ForkServer.start()
SpindleCommand.start(Array(CommandLine.arguments.dropFirst()))
