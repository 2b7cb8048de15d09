import Messages

/// Splits the lesson body into pages at its `## ` headings and fills each page with prose and
/// parsed blocks.
struct PageSplitter {
    private let session: ParseSession
    private var log: DiagnosticLog { session.log }
    private var pages: [Page] = []
    private var current: PageBuilder?
    private var reportedTextBeforeFirstPage = false
    private var nesting = NestingMeter()
    private var reportedNestingInRun = false
    private var pageCount = 0

    /// The pages of the body made of `segments`.
    static func pages(from segments: [BodySegment], session: ParseSession) -> [Page] {
        var splitter = PageSplitter(session: session)
        // Past the page limit the lesson is refused anyway; reading on would only cost time.
        for segment in segments where splitter.pageCount <= LessonLimits.pages {
            switch segment {
            case .line(let line): splitter.add(line: line)
            case .fence(let block): splitter.add(block: block)
            case .unclosedFence(let location): splitter.addUnclosedFence(at: location)
            }
        }
        splitter.finishPage()
        return splitter.pages
    }

    private init(session: ParseSession) {
        self.session = session
    }

    private mutating func add(line number: Int) {
        let text = log.source.lines[number - 1]
        if let heading = Heading(text) {
            let location = log.location(line: number, column: heading.column)
            switch heading.level {
            case 1:
                log.error(
                    Messages.text("lint.page.level-1-heading", ["title": heading.title]),
                    at: location)
                return
            case 2:
                finishPage()
                pageCount += 1
                guard pageCount <= LessonLimits.pages else {
                    log.error(
                        Messages.text("lint.page.too-many", ["max": "\(LessonLimits.pages)"]),
                        at: location)
                    return
                }
                if heading.title.isEmpty {
                    log.error(Messages.text("lint.page.untitled"), at: location)
                }
                current = PageBuilder(title: heading.title, location: location)
                return
            default:
                break
            }
        }
        guard current != nil else {
            if !text.allSatisfy(\.isWhitespace) {
                reportBeforeFirstPage(
                    at: log.location(line: number, column: text.prefix { $0 == " " }.count + 1))
            }
            return
        }
        checkNesting(of: text, number: number)
        current?.add(proseLine: text, number: number)
    }

    /// Reported once per run of prose: every deeper line after the first has the same fix.
    private mutating func checkNesting(of text: String, number: Int) {
        let depth = nesting.depth(of: text)
        guard depth > LessonLimits.nestingDepth, !reportedNestingInRun else { return }
        reportedNestingInRun = true
        let column = text.prefix { $0 == " " }.count + 1
        log.error(
            Messages.text("lint.page.nesting", ["depth": "\(depth)", "max": "\(LessonLimits.nestingDepth)"]),
            at: log.location(line: number, column: column))
    }

    /// A heading or a block ends the run of prose, and with it any open list or quote.
    private mutating func endProseRun() {
        current?.flushProse()
        nesting = NestingMeter()
        reportedNestingInRun = false
    }

    private mutating func add(block: FencedBlock) {
        guard current != nil else {
            reportBeforeFirstPage(at: block.location)
            return
        }
        endProseRun()
        current?.hasContent = true
        current?.blockLocations[block.line] = block.location
        if let element = BlockDispatcher.element(for: block, session: session) {
            current?.elements.append(element)
        }
    }

    private mutating func addUnclosedFence(at location: SourceLocation) {
        guard current != nil else {
            reportBeforeFirstPage(at: location)
            return
        }
        endProseRun()
        current?.hasContent = true
    }

    /// Reported once: every later line before the first heading has the same cause and fix.
    private mutating func reportBeforeFirstPage(at location: SourceLocation) {
        guard !reportedTextBeforeFirstPage else { return }
        reportedTextBeforeFirstPage = true
        log.error(Messages.text("lint.page.text-before-first"), at: location)
    }

    private mutating func finishPage() {
        endProseRun()
        guard var page = current else { return }
        current = nil
        page.flushProse()
        if !page.hasContent {
            log.error(
                Messages.text("lint.page.empty", ["title": page.title]),
                at: page.location)
        }
        page.settlePredictionDemos(session: session)
        page.writeLabTexts(in: session.language)
        pages.append(Page(title: page.title, line: page.location.line, elements: page.elements))
    }
}
