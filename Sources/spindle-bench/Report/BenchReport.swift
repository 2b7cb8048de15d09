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
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        let lines = rows.map { row in
            row.enumerated().map { column, text in
                column == row.count - 1
                    ? text : text.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        return ([lines[0], String(repeating: "-", count: lines[0].count)] + lines.dropFirst()).joined(
            separator: "\n") + "\n"
    }

    /// `case<TAB>value<TAB>notes`, value Spindle's median (a rate per second, bytes, or a ratio).
    static func tsv(_ results: [CaseResult], counterparts: [Counterpart]) -> String {
        results.map { result in
            var notes = [
                "\(result.benchCase.unit.rawValue)", "work=\(result.work)",
                "spread=\(Format.percent(result.spindle.spread))",
            ]
            for other in counterparts {
                if let measured = result.counterparts[other.key], let ratio = result.ratio(to: other.key) {
                    notes.append(
                        "\(other.key)=\(plain(measured.median)) ratio_\(other.key)=\(String(format: "%.3f", ratio))"
                    )
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
        [
            "median": measurement.median, "min": measurement.minimum, "max": measurement.maximum,
            "runs": measurement.runs,
        ]
    }

    private static func plain(_ value: Double) -> String {
        value >= 100 ? String(format: "%.0f", value) : String(format: "%.4g", value)
    }
}
