import Multiprocessing

// First, while there is still a single thread: a crash must give the terminal back at once
// (this may start the program again with the backtracer told not to wait for input).
CrashSafety.prepare()
// Before anything can start a thread: demo processes are forked from this server, never from
// the tutor itself (see ForkServer). Only a command that may run a demo starts it: spawning it
// costs a second start of this program, which listing the lessons or printing help would pay
// for nothing. If it cannot start now, the first demo tries again and reports why. It is ended
// and reaped on every way out.
let arguments = Array(CommandLine.arguments.dropFirst())
ForkServer.stopOnTerminatingSignals()
if DemoCommands.mayRunDemo(arguments) { try? ForkServer.start() }
Termination.reapForkServerAtExit()
SpindleCommand.start(arguments)
