import Multiprocessing

/// An 8-byte message to a child process and back, through one duplex Pipe or two one-way
/// ones, in each placement; each times its round trips (see ``RoundTripTimer``).
enum RoundTripCases {
    static var all: [BenchCase] {
        Placement.available.flatMap { placement in
            [
                roundTrip(
                    "pipe_roundtrip_2p", duplex: true, placement: placement,
                    notes: "8-byte message to a child and back through a duplex Pipe"),
                roundTrip(
                    "pipe_roundtrip_simplex_2p", duplex: false, placement: placement,
                    notes: "8-byte message to a child and back through two Pipe(duplex: false)"),
            ]
        }
    }

    private static func roundTrip(_ name: String, duplex: Bool, placement: Placement, notes: String)
        -> BenchCase
    {
        BenchCase.roundTrips(
            name + placement.suffix, work: 20_000, notes: notes + ThreadingCases.placementNote(placement),
            targets: [.python(atLeast: 1.2), .c(atLeast: 0.7)]
        ) { n in
            try HostedProcess(
                PipeRoundTrip.self,
                arguments: PipeRoundTrip.Arguments(count: n, placement: placement.rawValue, duplex: duplex)
            )
            .result(timeout: 600)
        }
    }
}

/// Runs in a process of its own, as every forking case does.
struct PipeRoundTrip: HostedProgram {
    struct Arguments: Codable, Sendable {
        var count: Int
        var placement: Int
        var duplex: Bool
    }

    static func main(_ arguments: Arguments) throws -> CaseRun {
        let placement = Placement(rawValue: arguments.placement)
        // Parent to child, then child to parent: one socketpair serves both ways when duplex.
        let (toChild, childReceiver, toParent, parentReceiver):
            (Connection, Connection, Connection, Connection)
        if arguments.duplex {
            let (parentEnd, childEnd) = try Pipe(duplex: true, tracer: .disabled)
            (toChild, childReceiver, toParent, parentReceiver) = (parentEnd, childEnd, childEnd, parentEnd)
        } else {
            let (childReader, parentWriter) = try Pipe(duplex: false, tracer: .disabled)
            let (parentReader, childWriter) = try Pipe(duplex: false, tracer: .disabled)
            (toChild, childReceiver, toParent, parentReceiver) = (
                parentWriter, childReader, childWriter, parentReader
            )
        }
        let message: [UInt8] = Array("8 bytes!".utf8)
        // Receives without a timeout, as the counterparts' recv_bytes() and read(2) do; the
        // hosted process's own time limit is the way out of a hang.
        let child = Process {
            CPUAffinityShim.pin(to: placement.cpu(for: 1))
            toChild.close()
            parentReceiver.close()
            for _ in 0..<arguments.count { try toParent.sendBytes(try childReceiver.recvBytes()) }
        }
        try child.start()
        childReceiver.close()
        toParent.close()
        CPUAffinityShim.pin(to: placement.cpu(for: 0))
        let timer = RoundTripTimer()
        let figure = try rate(arguments.count) {
            for index in 0..<arguments.count {
                try toChild.sendBytes(message)
                _ = try parentReceiver.recvBytes()
                timer.ended(roundTrip: index)
            }
        }
        try child.join(timeout: 60)
        return CaseRun(figure, latency: timer.latency)
    }
}
