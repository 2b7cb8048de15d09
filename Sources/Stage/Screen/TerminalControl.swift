/// The escape sequences a full-screen player sends around the frames that ``FrameDiff`` produces.
///
/// Kept in one place so the player and the diff agree byte for byte on how the screen is set up,
/// and so nothing else needs to spell raw escapes.
public enum TerminalControl {
    /// Switches to the alternate screen, so the animation does not scroll the student's shell
    /// history away and the shell comes back untouched on exit.
    public static let enterAlternateScreen = "\u{1B}[?1049h"
    /// Returns to the normal screen; must be sent on every exit path, or the shell stays hidden.
    public static let leaveAlternateScreen = "\u{1B}[?1049l"
    /// Hides the cursor, which would otherwise flicker across the screen as cells are written.
    public static let hideCursor = "\u{1B}[?25l"
    /// Shows the cursor again; pair it with ``hideCursor`` on exit.
    public static let showCursor = "\u{1B}[?25h"
    /// Starts a synchronized update (DEC mode 2026): the terminal holds the screen until the
    /// matching end, so a frame is never shown half drawn. Terminals without it ignore it.
    public static let beginSynchronizedUpdate = "\u{1B}[?2026h"
    /// Ends a synchronized update and lets the terminal show the result.
    public static let endSynchronizedUpdate = "\u{1B}[?2026l"
    /// Moves the cursor home and erases the screen: the start of a redraw from nothing.
    public static let clearScreen = "\u{1B}[H\u{1B}[2J"
    /// Turns every SGR attribute off, so no style leaks past the end of a frame.
    public static let resetStyle = "\u{1B}[0m"

    /// Puts the scroll region (DECSTBM) back to the whole screen; also homes the cursor. Every
    /// update that sets a region ends it with this, and leaving the screen sends it again.
    public static let resetScrollRegion = "\u{1B}[r"

    /// Limits scrolling to the 0-based rows `top...bottom` (DECSTBM); also homes the cursor.
    public static func setScrollRegion(top: Int, bottom: Int) -> String {
        "\u{1B}[\(top + 1);\(bottom + 1)r"
    }

    /// Cursor position (CUP) for the 0-based `row` and `column` a ``FrameBuffer`` uses;
    /// the terminal counts from 1.
    public static func moveCursor(row: Int, column: Int) -> String {
        "\u{1B}[\(row + 1);\(column + 1)H"
    }
}
