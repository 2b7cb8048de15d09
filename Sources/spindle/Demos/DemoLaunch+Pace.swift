import Demos

extension DemoLaunch {
    /// This launch for a run that is not animated (narrated, or only its results as JSON): at
    /// full speed (`speed=0`) unless its words give a speed. The slow default pace is there so
    /// that the stage can be followed; without the stage the student would only wait for it.
    var unanimated: DemoLaunch {
        let pace = DemoDescriptor.speed.name
        guard !words.contains(where: { $0.hasPrefix(pace + "=") }),
            let arguments = try? DemoArguments(parsing: words + [pace + "=0"], for: descriptor)
        else { return self }
        return DemoLaunch(demo: demo, arguments: arguments, words: words)
    }
}
