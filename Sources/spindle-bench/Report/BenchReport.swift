import Foundation

/// The three ways results are printed: a table for people, TSV for scripts, JSON for machines.
enum BenchReport {
    /// One row per case: Spindle's median and spread, each counterpart's and the ratio, the verdicts.
    static func table(_ results: [CaseResult], counterparts: [Counterpart]) -> String {
        var header = ["case", "Spindle"]
        for other in counterparts { header += [other.label, "ratio"] }
        header.append("targets")
        var rows = [header]
        for result in results {
            var row = [result.benchCase.name, cell(result.spindle, result.benchCase.unit)]
            for other in counterparts {
                if let measured = result.counterparts[other.key] {
                    row += [
                        cell(measured, result.benchCase.unit),
                        result.ratio(to: other.key).map(Format.factor) ?? "-",
                    ]
                } else {
                    row += ["-", "-"]
                }
            }
            row.append(result.verdicts.joined(separator: "; "))
            rows.append(row)
        }
        let rates = TextTable.render(rows)
        guard let latencies = LatencyTable.render(results, counterparts: counterparts) else { return rates }
        return rates + "\nlatency of one round trip, p50 / p99 / max (each the median over the runs; "
            + "timed in the same runs as the rates above)\n\n" + latencies
    }

    /// `case<TAB>value<TAB>notes`, value Spindle's median (a rate per second, bytes, or a ratio);
    /// a round-trip case's notes add its latencies (`p50_ns=N ... c_p50_ns=N ...`).
    static func tsv(_ results: [CaseResult], counterparts: [Counterpart]) -> String {
        results.map { result in
            var notes =
                [
                    "\(result.benchCase.unit.rawValue)", "work=\(result.work)",
                    "spread=\(Format.percent(result.spindle.spread))",
                ] + LatencyTable.notes(result.spindle.latency)
            for other in counterparts {
                if let measured = result.counterparts[other.key], let ratio = result.ratio(to: other.key) {
                    notes.append(
                        "\(other.key)=\(plain(measured.median)) ratio_\(other.key)=\(String(format: "%.3f", ratio))"
                    )
                    notes += LatencyTable.notes(measured.latency, prefix: "\(other.key)_")
                }
            }
            notes += result.verdicts
            return
                "\(result.benchCase.name)\t\(plain(result.spindle.median))\t\(notes.joined(separator: " "))"
        }.joined(separator: "\n") + "\n"
    }

    /// One JSON object with the machine, the settings and every case's runs.
    static func json(_ results: [CaseResult], counterparts: [Counterpart], settings: [String: Any]) throws
        -> String
    {
        let cases: [[String: Any]] = results.map { result in
            var object: [String: Any] = [
                "case": result.benchCase.name, "unit": result.benchCase.unit.rawValue, "work": result.work,
                "notes": result.benchCase.notes, "spindle": measurement(result.spindle),
                "verdicts": result.verdicts,
            ]
            for other in counterparts {
                if let measured = result.counterparts[other.key] { object[other.key] = measurement(measured) }
                if let ratio = result.ratio(to: other.key) { object["ratio_\(other.key)"] = ratio }
            }
            return object
        }
        var top = settings
        top["machine"] = MachineDescription.current().fields
        top["cases"] = cases
        top["counterparts"] = Dictionary(uniqueKeysWithValues: counterparts.map { ($0.key, $0.label) })
        let data = try JSONSerialization.data(withJSONObject: top, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func cell(_ measurement: Measurement, _ unit: BenchUnit) -> String {
        Format.figure(measurement.median, unit) + " " + Format.percent(measurement.spread)
    }

    private static func measurement(_ measurement: Measurement) -> [String: Any] {
        var object: [String: Any] = [
            "median": measurement.median, "min": measurement.minimum, "max": measurement.maximum,
            "runs": measurement.runs,
        ]
        if let latency = measurement.latency {
            object["latency_ns"] = [
                "p50": latency.p50, "p99": latency.p99, "max": latency.max,
                "runs": measurement.latencies.map { ["p50": $0.p50, "p99": $0.p99, "max": $0.max] },
            ]
        }
        return object
    }

    private static func plain(_ value: Double) -> String {
        value >= 100 ? String(format: "%.0f", value) : String(format: "%.4g", value)
    }
}
