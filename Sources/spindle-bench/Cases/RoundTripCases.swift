import Multiprocessing

/// An 8-byte message to a child process and back through a duplex Pipe, in each placement;
/// each times its round trips (see ``RoundTripTimer``).
enum RoundTripCases {
    static var all: [BenchCase] {
        Placement.available.map { placement in
            BenchCase.roundTrips(
                "pipe_roundtrip_2p" + placement.suffix, work: 20_000,
                notes: "8-byte message to a child and back through a duplex Pipe"
                    + ThreadingCases.placementNote(placement),
                targets: []
            ) { n in
                try HostedProcess(
                    PipeRoundTrip.self,
                    arguments: PipeRoundTrip.Arguments(count: n, placement: placement.rawValue)
                )
                .result(timeout: 600)
            }
        }
    }
}

/// Runs in a process of its own, as every forking case does.
struct PipeRoundTrip: HostedProgram {
    struct Arguments: Codable, Sendable {
        var count: Int
        var placement: Int
    }

    static func main(_ arguments: Arguments) throws -> CaseRun {
        let placement = Placement(rawValue: arguments.placement)
        let (parentEnd, childEnd) = try Pipe(duplex: true, tracer: .disabled)
        let message: [UInt8] = Array("8 bytes!".utf8)
        let child = Process {
            CPUAffinityShim.pin(to: placement.cpu(for: 1))
            parentEnd.close()
            for _ in 0..<arguments.count { try childEnd.sendBytes(try childEnd.recvBytes(timeout: 60)) }
        }
        try child.start()
        childEnd.close()
        CPUAffinityShim.pin(to: placement.cpu(for: 0))
        let timer = RoundTripTimer()
        let figure = try rate(arguments.count) {
            for index in 0..<arguments.count {
                try parentEnd.sendBytes(message)
                _ = try parentEnd.recvBytes(timeout: 60)
                timer.ended(roundTrip: index)
            }
        }
        try child.join(timeout: 60)
        return CaseRun(figure, latency: timer.latency)
    }
}
