/// Every case, in the order the table lists them.
enum BenchCatalog {
    static var all: [BenchCase] {
        ThreadingCases.all + QueueCases.all + ExecutorCases.all + ProcessCases.all + GILCases.all
            + TraceCases.all + StageCases.all
    }
}
