import Multiprocessing

// First, while there is still a single thread: a crash must give the terminal back at once
// (this may start the program again with the backtracer told not to wait for input).
CrashSafety.prepare()
// Before anything can start a thread: demo processes are forked from this server, never from
// the tutor itself (see ForkServer). If it cannot start now, the first demo tries again and
// reports why. It is ended and reaped on every way out.
ForkServer.stopOnTerminatingSignals()
try? ForkServer.start()
Termination.reapForkServerAtExit()
SpindleCommand.start(Array(CommandLine.arguments.dropFirst()))
