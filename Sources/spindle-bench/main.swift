import Multiprocessing

// Before any thread exists: the process cases fork from the fork server, as the tutor does.
try? ForkServer.start()
BenchCommand.main()
