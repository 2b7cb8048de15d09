/// Every case, in the order the table lists them.
enum BenchCases {
    static var all: [BenchCase] {
        ThreadingCases.all + QueueCases.all + ExecutorCases.all + ProcessCases.all + GILCases.all
            + TraceCases.all + StageCases.all + LabCases.all + StartupCases.all
    }
}
