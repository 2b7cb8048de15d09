/// The label a queue shows for an item: its description cut to 40 characters, as every
/// traced queue in Spindle does. Only called when tracing is on.
package func queueItemLabel(_ item: some Any) -> String {
    let text = String(describing: item)
    return text.count > 40 ? String(text.prefix(40)) : text
}
