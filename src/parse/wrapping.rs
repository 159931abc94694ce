//! Hard-wrapped pages. Text dumps of web pages (`lynx -dump`, `w3m`) and mail cut every
//! paragraph into lines of a fixed width. The readers of lines would take each piece for a
//! line of its own (a header's roles cut from its place, a label's value from its label)
//! and the readers of phrases would find them cut over the breaks, so the line breaks the
//! wrapping made are found here and folded as spaces: the page reads as if never wrapped.
//!
//! A break is the wrapping's when the next line's first word would not have fitted on the
//! line, at the width of the page's longest lines. Whether a page is wrapped at all is
//! asked first, from the lines as a whole: lines that end where the next word would not
//! fit are most lines of a wrapped page and few of any other.
//!
//! Some breaks are a cut whatever the page: after a word or a mark no line ends with
//! ("the", "by", "&", a bar, a label's name after other parts: "Brussels. Chair:"), inside
//! a range of days ("30 November" over "- 1 December"),
//! after a list item's comma over a line that opens no item, and inside a table's row,
//! whose lines then hold fewer bars or tabs than its head row.
//!
//! Some exports double every line break, a paragraph's end too: a blank line after every
//! line, and three between paragraphs. Such a page, wrapped or not, is read as if its
//! breaks were single, a run of blank lines as one.
//!
//! Text browsers also lay a table out in columns of spaces. From a head row whose cells,
//! parted by two spaces or more, name a table's columns, the runs of spaces between cells
//! are folded as tabs, down to the block's end: the rows read as rows of tabs do.

use std::ops::Range;

use super::{labels, segment};

/// The widths pages are wrapped at, in characters (bytes, for the first look): lines longer
/// than this are paragraphs. Mail and terminal tools wrap at 72 to 80 columns, narrow
/// layouts (mobile pages, columns of a report) at 40 or more.
const WIDTHS: Range<usize> = 40..161;
/// Lines shorter than this say nothing of the width (headings, labels, a paragraph's end).
const SHORT_LINE: usize = 20;
/// The share, in percent, of a page's long lines that must end where the next word would
/// not fit for the page to be taken as wrapped.
const WRAPPED_SHARE: usize = 60;
/// And at least this many of them: a few lines that happen to end so make no wrapping.
const MIN_WRAPPED_LINES: usize = 2;
/// Up to this many such lines, each is asked whether it is a card header.
const FEW_CUT_LINES: usize = 4;

/// Words a line of its own cannot end with: the line goes on below ("co-chaired by the"
/// over "Netherlands"), wrapped or not.
pub(crate) const DANGLING: &[&str] = &[
    "by", "and", "of", "the", "with", "to", "at", "in", "on", "from", "par", "et", "de", "du",
    "des", "la", "le", "les", "au",
];

/// A line of the input: where it starts and where its content ends (trailing white space
/// left out).
#[derive(Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

/// How the page's white space is to be read, as input ranges in order with what each
/// stands for: the line breaks inside sentences as a space, the runs of spaces between
/// the columns of a table laid out in spaces as a tab.
/// With `double_spaced`, as `double_spaced` finds the page.
pub(crate) fn layout(input: &str, double_spaced: bool) -> Vec<(Range<usize>, &'static str)> {
    let table = aligned_cells(input);
    let breaks = soft_breaks(input, &table, double_spaced);
    let mut layout = Vec::with_capacity(breaks.len() + table.len());
    let mut table = table.into_iter().peekable();
    for b in breaks {
        while let Some(edit) = table.next_if(|(t, _)| t.start < b.start) {
            layout.push(edit);
        }
        layout.push((b, " "));
    }
    layout.extend(table);
    layout
}

/// The white space of a table laid out in columns of spaces, from a head row whose cells
/// name a table's columns, one of them its dates ("Date      Venue      Meeting"), to the
/// end of its block: the input ranges, in order, of the runs of two spaces or more that
/// part its cells, read as tabs; and of the breaks before a line that holds one cell's
/// words cut from the row above ("Thematic meeting on labour" over "migration"), read as
/// a space (the words go on the row, if not in their cell).
fn aligned_cells(input: &str) -> Vec<(Range<usize>, &'static str)> {
    let mut gaps = Vec::new();
    // Most pages have no run of spaces inside a line: one search tells.
    let Some(first) = memchr::memmem::find(input.as_bytes(), b"  ") else {
        return gaps;
    };
    let from = input
        .get(..first)
        .and_then(|b| b.rfind('\n'))
        .map_or(0, |i| i + 1);
    let mut in_table = false;
    let mut row_end = 0;
    // One room for every line's runs: a page of many spaces allocates once.
    let mut runs = Vec::new();
    for line in lines(input.get(from..).unwrap_or("")) {
        let (start, end) = (from + line.start, from + line.end);
        let text = input.get(start..end).unwrap_or("");
        if text.trim().is_empty() {
            in_table = false;
            continue;
        }
        interior_runs(text, &mut runs);
        if !in_table {
            let cells = cells_between(text, &runs);
            in_table = runs.len() >= 2 && labels::names_columns(cells);
            if !in_table {
                continue;
            }
        }
        if runs.is_empty() {
            let indent = text.len() - text.trim_start().len();
            gaps.push((row_end..start + indent, " "));
        }
        gaps.extend(runs.iter().map(|r| (start + r.start..start + r.end, "\t")));
        row_end = end;
    }
    gaps
}

/// The runs of two spaces or more between the words of `line`, indentation left out, into
/// `runs` (cleared first).
fn interior_runs(line: &str, runs: &mut Vec<Range<usize>>) {
    runs.clear();
    let lead = line.len() - line.trim_start_matches(' ').len();
    let mut from = lead;
    while let Some(at) = line
        .get(from..)
        .and_then(|r| memchr::memmem::find(r.as_bytes(), b"  "))
    {
        let run_start = from + at;
        let len = line
            .get(run_start..)
            .map_or(0, |r| r.len() - r.trim_start_matches(' ').len());
        runs.push(run_start..run_start + len);
        from = run_start + len;
    }
}

/// The cells of `line` between its `runs` of spaces.
fn cells_between<'a>(line: &'a str, runs: &'a [Range<usize>]) -> impl Iterator<Item = &'a str> {
    let starts = std::iter::once(0).chain(runs.iter().map(|r| r.end));
    let ends = runs
        .iter()
        .map(|r| r.start)
        .chain(std::iter::once(line.len()));
    starts
        .zip(ends)
        .map(move |(s, e)| line.get(s..e).unwrap_or("").trim())
}

/// Whether white space of a table laid out in spaces (`table`) lies within `line`.
fn holds_cells(table: &[(Range<usize>, &str)], line: Line) -> bool {
    table
        .get(table.partition_point(|(c, _)| c.start < line.start))
        .is_some_and(|(c, _)| c.start < line.end)
}

/// The input ranges, in order, of the line breaks inside sentences, each with the white
/// space around it (trailing spaces before the break, indentation after): those the page's
/// wrapping made, if it reads as wrapped, and those after a word no line ends with. No
/// line of a table laid out in spaces (its white space in `table`) goes on another here.
/// With `skip_blank`, the page's line breaks are doubled, and read as `lines_of` reads them.
pub(crate) fn soft_breaks(
    input: &str,
    table: &[(Range<usize>, &str)],
    skip_blank: bool,
) -> Vec<Range<usize>> {
    let lines = |input| lines_of(input, skip_blank);
    let widths = Widths::of(input, skip_blank);
    let mut breaks: Vec<Range<usize>> = Vec::new();
    let mut above: Option<Line> = None;
    // The separator of the cells of the first row in the block being read, the table's
    // head row, and how many separators it holds.
    let mut head_row: Option<(u8, usize)> = None;
    // The separators of the row whose lines are being joined, so far.
    let mut row_so_far: Option<usize> = None;
    let mut all = lines(input).enumerate().peekable();
    while let Some((n, next)) = all.next() {
        // Line `i` and the one below it.
        let (Some(line), i) = (above.replace(next), n.saturating_sub(1)) else {
            continue;
        };
        if next.end == next.start || line.end == line.start {
            (head_row, row_so_far) = (None, None);
            continue;
        }
        if holds_cells(table, line) || holds_cells(table, next) {
            continue;
        }
        let text = input.get(line.start..line.end).unwrap_or("");
        let following = input.get(next.start..next.end).unwrap_or("");
        // A line the wrapping cut from the one above is inside a paragraph: no title or
        // header line of its own.
        let inside = breaks.last().is_some_and(|b| b.end >= line.start);
        // A tab between words, or a bar opening the line, parts the cells of a table's
        // row: rows are lines of their own, but for a row breaks cut, whose lines hold the
        // head row's separators between them ("14 June 2017<tab>Tunis<tab>Expert meeting
        // on border" over "management<tab>Tunisia", "| Workshop | Dakar, Senegal" over
        // "| Senegal, France |").
        let text_row = row_separator(text);
        let row = text_row
            .map(|sep| (text, sep))
            .or_else(|| Some((following, row_separator(following)?)));
        if let Some((first_row, separator)) = row.filter(|_| head_row.is_none()) {
            head_row = Some((separator, separators(first_row, separator)));
        }
        if let Some((sep, head)) = head_row
            && (row.is_some() || row_so_far.is_some())
        {
            let so_far = match row_so_far.take() {
                Some(n) if inside => Some(n),
                _ => (text_row == Some(sep)).then(|| separators(text, sep)),
            };
            let below = separators(following, sep);
            // The row goes on while its lines hold fewer separators than the head row: a
            // line that opens with a bar is the next row only if it would make too many.
            let goes_on = so_far.is_some_and(|n| n < head && below > 0 && n + below <= head);
            if goes_on {
                let indent = following.len() - following.trim_start_matches(' ').len();
                breaks.push(line.end..next.start + indent);
                row_so_far = so_far.map(|n| n + below);
            }
            if row.is_some() || goes_on {
                continue;
            }
        }
        let closes_block = all.peek().is_none_or(|(_, l)| l.end == l.start);
        let cut = widths.as_ref().is_some_and(|w| w.cut(i))
            && goes_on(text, following, inside, closes_block)
            && !(dated_bar_entry(text) && dated_bar_entry(following))
            || (ends_dangling(text) || ends_with_label_name(text) || ends_with_separator(text))
                && !stands_alone(following)
                && !labels::is_label_line(following.trim())
            || range_cut(text, following)
            || item_cut(text, following);
        if cut {
            let indent = following.len() - following.trim_start_matches([' ', '\t']).len();
            breaks.push(line.end..next.start + indent);
        }
    }
    breaks
}

/// Whether `line` opens with a digit and sets parts off by bars: an entry of a list that
/// stands on a line of its own ("8 October 2023 | Online | Steering Committee" over
/// "25-26 November 2023 | Rome, Italy | Senior Officials' Meeting"), however long.
fn dated_bar_entry(line: &str) -> bool {
    line.trim_start().starts_with(|c: char| c.is_ascii_digit()) && line.contains(" | ")
}

/// Whether `line` ends with a label's name after other parts, whose value a break cut
/// from it: "Date: 14-15 March 2024 | Venue: Accra | Co-chairs:" over "Ghana and the
/// Netherlands", "4 June 2019 – Steering Committee, Brussels. Chair:" over "Burkina Faso.".
/// A label's name alone on its line stands over its value.
fn ends_with_label_name(line: &str) -> bool {
    let Some(named) = line.strip_suffix(':') else {
        return false;
    };
    line.contains(" | ")
        || named
            .rfind(". ")
            .and_then(|i| line.get(i + 2..))
            .is_some_and(labels::opens_with_label)
}

/// Whether `line` ends with a mark that parts the parts of a line, whose next part a break
/// cut from it: "Dakar, Senegal – 14 &" over "15 March 2019", "Expert meeting on
/// trafficking |" over "Abuja, Nigeria | 6-7 November 2019". Not a table's row, which
/// opens with its bar too.
fn ends_with_separator(line: &str) -> bool {
    const SEPARATORS: [&str; 5] = [" |", " –", " —", " -", " &"];
    SEPARATORS.iter().any(|s| line.ends_with(s)) && !line.trim_start().starts_with('|')
}

/// Whether `line` is the last word or two of a sentence and nothing else ("Observatory.",
/// "Sahel Observatory."): no line of its own.
fn sentence_tail(line: &str) -> bool {
    const MAX_WORDS: usize = 2;
    let line = line.trim();
    line.ends_with('.')
        && !line.ends_with("..")
        && line.split_whitespace().count() <= MAX_WORDS
        && line
            .trim_end_matches('.')
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
}

/// Whether a break cut a list item after a comma: "• 28-29 November 2023, Thematic meeting
/// on ...," over "Yaoundé (Cameroon), co-chaired by ...". The line below opens no item of
/// its own, so the list's items show the cut on a page too short to show its width.
fn item_cut(text: &str, following: &str) -> bool {
    let following = following.trim_start();
    labels::bullet_len(text.trim_start()) > 0
        && text.trim_end().ends_with(',')
        && labels::bullet_len(following) == 0
        && !labels::is_label_line(following)
}

/// Whether a break cut a range of days at its dash: "Cidade Velha, 30 November" over "- 1
/// December 2016", which is no list item. The line ends with a day and its month, in
/// either order; a month heading over a list ("March 2019" over "- 12 March: ...") does
/// not.
fn range_cut(text: &str, following: &str) -> bool {
    // The next line is looked at first: few open so.
    let rest = following
        .strip_prefix("- ")
        .or_else(|| following.strip_prefix("– "));
    if !rest.is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())) {
        return false;
    }
    let is_day = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let is_month = |w: &str| crate::lexicon::month(w).is_some();
    let mut words = text.rsplit(' ');
    let (last, before) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    is_day(before) && is_month(last) || is_month(before) && is_day(last)
}

/// The byte that parts the cells of `line`, if it is a table's row: a tab between words,
/// or a bar that opens the line ("| 12 March 2019 | Dakar |").
fn row_separator(line: &str) -> Option<u8> {
    if is_row(line) {
        Some(b'\t')
    } else if line.trim_start().starts_with('|') {
        Some(b'|')
    } else {
        None
    }
}

/// How many `separator` bytes `line` holds between its first and last other characters
/// (bars count at its ends too).
fn separators(line: &str, separator: u8) -> usize {
    memchr::memchr_iter(separator, line.trim().as_bytes()).count()
}

/// Whether `line` is a row of cells parted by tabs ("12 March 2019<tab>Workshop").
fn is_row(line: &str) -> bool {
    memchr::memchr(b'\t', line.trim().as_bytes()).is_some()
}

/// The lines of `input`, in order.
/// The lines of `input`; with `skip_blank`, as if its line breaks were not doubled: a
/// blank line alone is left out, and a run of them is one (a paragraph's end, doubled too).
fn lines_of(input: &str, skip_blank: bool) -> impl Iterator<Item = Line> + '_ {
    let mut blanks = 0;
    lines(input).filter(move |l| {
        if l.end > l.start {
            blanks = 0;
            return true;
        }
        blanks += 1;
        !skip_blank || blanks == 2
    })
}

/// Whether a blank line follows every line of `input` with content, or nearly every one,
/// and the lines read as wrapped or paragraphs are parted by three blank lines: a page
/// whose export doubled its line breaks ("Madrid, 1-2 July 2019, hosted by Spain and
/// co-chaired by", blank, "Morocco."; "Date", blank, "3 May 2022"). Its lines are read as
/// if the blank lines were not there: what parts paragraphs then is what parts a wrapped
/// page's.
pub(crate) fn double_spaced(input: &str) -> bool {
    // The fewest lines with content that tell (a short story wrapped at 60 columns has
    // four or five), and how many in ten may stand right over another (a footer, a
    // list).
    const MIN_LINES: usize = 4;
    const OVER_ANOTHER: usize = 1;
    // Such a page is doubled throughout: its first lines tell, and a large page is not
    // read to its end.
    const LOOKED_AT: usize = 200;
    // Paragraphs that a doubled page parts by three blank lines (one, doubled), for the
    // fewest that tell it from a page of one-line paragraphs.
    const MIN_PARAGRAPH_BREAKS: usize = 2;
    let (mut with_content, mut over_another) = (0usize, 0usize);
    let mut above_has_content = false;
    // The blank lines since the last line with content, and what the runs of them say:
    // how many parted paragraphs, and whether any could not be a doubled page's (a
    // doubled run of any length is odd).
    let (mut blanks, mut paragraph_breaks, mut even_run) = (0usize, 0usize, false);
    for line in lines(input).take(LOOKED_AT) {
        let has_content = line.end > line.start;
        with_content += usize::from(has_content);
        over_another += usize::from(has_content && above_has_content);
        above_has_content = has_content;
        if !has_content {
            blanks += 1;
            continue;
        }
        if with_content > 1 {
            paragraph_breaks += usize::from(blanks >= 3);
            even_run |= blanks % 2 == 0;
        }
        blanks = 0;
    }
    // A page of one-line paragraphs looks the same: the lines must also read as wrapped,
    // or the paragraphs be parted by three blank lines and lines by one.
    with_content >= MIN_LINES
        && over_another * 10 <= with_content * OVER_ANOTHER
        && (!even_run && paragraph_breaks >= MIN_PARAGRAPH_BREAKS
            || Widths::of(input, true).is_some())
}

fn lines(input: &str) -> impl Iterator<Item = Line> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        let rest = input.get(start..).filter(|r| !r.is_empty())?;
        let len = memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len());
        let line = Line {
            start,
            end: start + rest.get(..len)?.trim_end().len(),
        };
        start += len + 1;
        Some(line)
    })
}

/// The lengths in characters of a wrapped page's lines, and the width it is wrapped at.
struct Widths {
    chars: Vec<usize>,
    firsts: Vec<usize>,
    width: usize,
}

impl Widths {
    /// The page's widths, if it reads as wrapped: at the width of its longest lines, most
    /// long lines that do not end a sentence end where the next word would not have fitted.
    fn of(input: &str, skip_blank: bool) -> Option<Widths> {
        let lines = |input| lines_of(input, skip_blank);
        // Bytes of the longest line counted: four per character at most.
        const MAX_COUNTED: usize = WIDTHS.end * 4;
        // Lines this much longer than nine in ten lines are exceptions (an unbreakable
        // address, a heading kept whole), not the width.
        const SLACK: usize = 8;
        // A page of paragraphs on a line each is not wrapped: told without counting
        // characters, and once sure without reading a large page to its end.
        const SURE: usize = 20;
        let too_many = |long: usize, seen: usize| long > 2 && long * 20 > seen;
        let (mut seen, mut long) = (0usize, 0usize);
        for line in lines(input) {
            seen += 1;
            long += usize::from(line.end - line.start >= WIDTHS.end);
            if long >= SURE && too_many(long, seen) {
                return None;
            }
        }
        if too_many(long, seen) {
            return None;
        }
        let chars: Vec<usize> = lines(input)
            .map(|l| match input.get(l.start..l.end) {
                Some(t) if t.len() <= MAX_COUNTED => t.chars().count(),
                _ => usize::MAX,
            })
            .collect();
        let mut lengths: Vec<usize> = chars.iter().copied().filter(|&c| c >= SHORT_LINE).collect();
        lengths.sort_unstable();
        let ninth_tenth = *lengths.get(lengths.len() * 9 / 10)?;
        let width = lengths
            .iter()
            .rev()
            .find(|&&c| c <= ninth_tenth.saturating_add(SLACK))
            .copied()
            .filter(|w| WIDTHS.contains(w))?;
        let firsts = lines(input)
            .map(|l| {
                input
                    .get(l.start..l.end)
                    .and_then(|t| t.split_whitespace().next())
                    .map_or(0, |w| w.chars().count())
            })
            .collect();
        let widths = Widths {
            chars,
            firsts,
            width,
        };
        // Lines that may go on below: long enough, not ending a sentence (whatever the case
        // of the line below).
        let (mut open, mut full) = (0, 0);
        // The first few lines that end where the next word would not fit.
        let mut cut = [""; FEW_CUT_LINES];
        for (i, (line, next)) in lines(input).zip(lines(input).skip(1)).enumerate() {
            let text = input.get(line.start..line.end).unwrap_or("");
            if widths.is_long(i)
                && next.end > next.start
                && !ends_sentence(text)
                && goes_on(
                    text,
                    input.get(next.start..next.end).unwrap_or(""),
                    true,
                    false,
                )
            {
                open += 1;
                if widths.cut(i) {
                    if let Some(slot) = cut.get_mut(full) {
                        *slot = text;
                    }
                    full += 1;
                }
            }
        }
        // Where few lines tell, card headers are no evidence: each stands on a line of its
        // own, as long as it is ("Dakar, 30 November - 2 December 2022" over "Body.").
        if full < FEW_CUT_LINES {
            full -= cut
                .iter()
                .take(full)
                .filter(|line| super::header::starts_announcement(line))
                .count();
        }
        (full >= MIN_WRAPPED_LINES && full * 100 >= open * WRAPPED_SHARE).then_some(widths)
    }

    /// Whether line `i` is at least two thirds of the width, and no longer: shorter lines
    /// end a paragraph or stand alone.
    fn is_long(&self, i: usize) -> bool {
        self.chars
            .get(i)
            .is_some_and(|&c| c >= self.width * 2 / 3 && c <= self.width)
    }

    /// Whether the wrapping cut line `i`: it is long, and the next line's first word would
    /// not have fitted on it.
    fn cut(&self, i: usize) -> bool {
        let (Some(&chars), Some(&first)) = (self.chars.get(i), self.firsts.get(i + 1)) else {
            return false;
        };
        self.is_long(i) && chars.saturating_add(1).saturating_add(first) > self.width
    }
}

/// Whether the line `text` ends with a word no line ends with.
fn ends_dangling(text: &str) -> bool {
    // The words are of four bytes at most: only the line's last five are looked at.
    const MAX_WORD: usize = 4;
    let bytes = text.as_bytes();
    let tail = bytes
        .get(bytes.len().saturating_sub(MAX_WORD + 1)..)
        .unwrap_or(bytes);
    let last = match tail.iter().rposition(|&b| b == b' ' || b == b'\t') {
        Some(space) => tail.get(space + 1..).unwrap_or_default(),
        None if bytes.len() <= MAX_WORD => bytes,
        None => return false,
    };
    DANGLING
        .iter()
        .any(|w| w.as_bytes().eq_ignore_ascii_case(last))
}

/// Whether most of the longer words of `line` are lowercase: a sentence's line ("... the
/// conclusions of the Valletta"), not a title in title case or a header of places, dates
/// and parties.
fn reads_as_prose(line: &str) -> bool {
    // Shorter words are articles and prepositions, lowercase in titles too.
    const MIN_LEN: usize = 4;
    let (mut lower, mut words) = (0, 0);
    for word in line.split_whitespace().filter(|w| w.len() >= MIN_LEN) {
        words += 1;
        lower += usize::from(word.starts_with(char::is_lowercase));
    }
    lower * 2 > words
}

/// Whether `line`, the last of its block, is the end of a title the wrapping cut ("...
/// Technical Meeting on Diaspora" over "Engagement"): a few capitalised words and nothing
/// else, no venue, mode or date.
fn title_tail(line: &str) -> bool {
    const MAX_WORDS: usize = 3;
    let words = line.split_whitespace();
    let name = words.clone().count() <= MAX_WORDS
        && words
            .into_iter()
            .all(|w| w.starts_with(char::is_uppercase) || ["and", "of", "on", "the"].contains(&w))
        && !line.contains(|c: char| c.is_ascii_digit() || ",.:;()|".contains(c));
    name && labels::mode_alone(line).is_none() && !opens_header(line)
}

/// Whether `line` opens as a card header or a venue's line does: a capitalised place soon
/// ended by a comma, and a number on the line ("Rabat, Morocco, 10-11 July 2006"), or a
/// city the lexicon knows ("Banjul, The Gambia", "Dakar (Senegal)").
fn opens_header(line: &str) -> bool {
    // A place's name is a few words.
    const MAX_PLACE_LEN: usize = 40;
    if !line.starts_with(char::is_uppercase) {
        return false;
    }
    let head = crate::text::head(line, MAX_PLACE_LEN);
    let place_end = head.find([',', '(']);
    let dated = place_end.is_some() && line.bytes().any(|b| b.is_ascii_digit());
    dated || {
        let place = head
            .get(..place_end.unwrap_or(line.len().min(head.len())))
            .unwrap_or("");
        let folded = crate::text::Folded::new(place.trim());
        crate::lexicon::city_named(folded.as_str()).is_some()
    }
}

/// Whether a heading, a row, a quotation, a list item or a publication line ("Published on
/// 10 January 2021"): a line of its own, whatever its length.
fn stands_alone(line: &str) -> bool {
    let line = line.trim_start();
    let first = line
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    // The input is not folded yet: French "Publié" is asked for as written.
    let published = segment::PUBLISHED
        .iter()
        .chain(&["publié"])
        .any(|p| p.eq_ignore_ascii_case(first));
    line.starts_with(['#', '|', '>'])
        || line.starts_with(labels::BULLETS) && line.chars().nth(1).is_some_and(char::is_whitespace)
        || published
}

/// Quotation marks and brackets that may close a sentence after its full stop.
const CLOSING: [char; 6] = ['"', '\'', ')', '”', '’', '»'];

/// Whether the line `text` ends with a sentence's end.
fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(CLOSING).ends_with(['.', '!', '?'])
}

/// Whether the line `following` may go on the sentence of the line `text` above it (a line
/// itself cut from the one above when `inside`): `text` ends no label name, nor a sentence
/// unless `inside` (a hyphen is left to the repair of hyphenation, "Khar-"
/// over "toum"), `text` is no heading or row (a list item may wrap), `following` stands not
/// alone and opens with no label, and a capitalised line
/// follows only a line inside a paragraph, a comma or a bar, days before their month, or a line
/// that reads as a sentence (a title or header line, "... on Migration and Development",
/// "2-3 March 2021 - Online: Webinar on returns", is followed by a line of its own); or,
/// `closes_block`, a title's end cut from it.
fn goes_on(text: &str, following: &str, inside: bool, closes_block: bool) -> bool {
    let text = text.trim_start();
    let following = following.trim_start();
    let trimmed = text.trim_end_matches(CLOSING);
    let Some(last) = trimmed.chars().next_back() else {
        return false;
    };
    // Inside a paragraph, a sentence may end where the line does, and the next begin on
    // the next line.
    // An HTML line break or paragraph's end ("<br>", "</p>") is no wrapping's.
    if !inside && ends_sentence(text) || matches!(last, ':' | ';' | '-' | '>') {
        return false;
    }
    let last_word = trimmed.rsplit([' ', '\t']).next().unwrap_or("");
    let capitalised = following.starts_with(char::is_uppercase);
    let opens_with_month = || {
        let word = following.split(|c: char| !c.is_alphabetic()).next();
        word.and_then(crate::lexicon::month).is_some()
    };
    // A block's first line may be a header or a title with a line of its own below:
    // it goes on a capitalised line only where it reads as a sentence.
    let sentence_goes_on = || {
        reads_as_prose(text)
            && !text.starts_with(|c: char| c.is_ascii_digit())
            && !text.contains(':')
            && !opens_header(following)
    };
    let may_go_on = !capitalised
        || inside
        || matches!(last, ',' | '|')
        // A label's value the wrapping cut: "Title: Regional Conference on the Protection
        // of Migrants along the Central" over "Mediterranean Route".
        || labels::is_label_line(text)
        // A sentence's last word or two: "organised by the Sahel Migration" over
        // "Observatory.".
        || sentence_tail(following)
        || last_word.starts_with(|c: char| c.is_ascii_digit()) && opens_with_month()
        || sentence_goes_on()
        || closes_block && title_tail(following);
    // A title's line is followed by its date's on a line of its own ("Thematic Meeting on
    // Labour Migration" over "12-13 July 2022", a news item's "Partners discuss labour
    // migration in Accra" over "15/03/2024"), as a sentence's is not where the date ends
    // it ("... held in Dakar" over "12-13 March 2019."), nor a date the wrapping cut
    // ("Addis Ababa, 14-15 November" over "2018") or a list item's ("- Workshop on
    // trafficking – Lomé, Togo –" over "9-10 October 2019").
    let ends_date = || {
        crate::lexicon::is_calendar_word(last_word.trim_end_matches(','))
            || last_word.starts_with(|c: char| c.is_ascii_digit())
    };
    let title_over_date = !inside
        && is_date_alone(following)
        && !ends_date()
        && !trimmed.ends_with([',', '–', '—'])
        && !text.starts_with(labels::BULLETS)
        && (!reads_as_prose(text) || !ends_sentence(following));
    may_go_on
        && !title_over_date
        && !text.starts_with(['#', '|'])
        && !stands_alone(following)
        && !labels::opens_with_label(following)
}

/// Whether `line` holds a date and nothing else: days, months, weekdays and years, with the
/// marks between them ("12-13 July 2022", "Tue 4 Jun 2019 - Thu 6 Jun 2019", "12/03/2019").
fn is_date_alone(line: &str) -> bool {
    let mut words = line
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '/' | '.' | '–' | '—'))
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some()
        && line.bytes().any(|b| b.is_ascii_digit())
        && words.all(|w| {
            let digits = w.bytes().take_while(u8::is_ascii_digit).count();
            let suffix = w.get(digits..).unwrap_or("");
            digits > 0 && ["", "st", "nd", "rd", "th"].contains(&suffix)
                || crate::lexicon::is_calendar_word(w)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_laid_out_in_spaces_reads_as_one_of_tabs() {
        let page = "Meetings\n\n   Date         Venue          Meeting\n   \
                    14 March     Accra, Ghana   Workshop on labour\n                \
                                 migration\n   2 May        Rome           SOM\n\n\
                    It met.  Twice.";
        let edits = layout(page, false);
        let tabs = edits.iter().filter(|(_, w)| *w == "\t").count();
        assert_eq!(tabs, 6, "{edits:?}");
        // The words cut from a cell go on their row.
        let cut = edits
            .iter()
            .find(|(_, w)| *w == " ")
            .map(|(r, _)| &page[r.clone()]);
        assert_eq!(cut.map(str::trim), Some(""));
        // Two spaces in prose, or a row under no head row, part no cells.
        assert!(aligned_cells("It met.  Twice.\n14 March  Accra  Workshop").is_empty());
    }

    fn joined(input: &str) -> String {
        let mut out = String::new();
        let mut from = 0;
        for range in soft_breaks(input, &aligned_cells(input), double_spaced(input)) {
            out.push_str(&input[from..range.start]);
            out.push(' ');
            from = range.end;
        }
        out.push_str(&input[from..]);
        out
    }

    const WRAPPED: &str = "\
Praia, 11-12 December 2023, hosted by Cabo Verde and co-chaired by
Portugal and The Gambia.
The Senior Officials' Meeting of the Rabat Process was held in Praia,
Cabo Verde on 11 and 12 December 2023. Over 110 delegates from 45
partner countries and 9 organisations took part in the meeting,
including the European Commission, ECOWAS, IOM and UNHCR. Delegates
reviewed the implementation of the Cadiz Action Plan.
";

    #[test]
    fn lines_cut_where_the_next_word_would_not_fit_are_joined() {
        assert_eq!(
            joined(WRAPPED),
            "\
Praia, 11-12 December 2023, hosted by Cabo Verde and co-chaired by Portugal and The Gambia.
The Senior Officials' Meeting of the Rabat Process was held in Praia, Cabo Verde on 11 and \
12 December 2023. Over 110 delegates from 45 partner countries and 9 organisations took \
part in the meeting, including the European Commission, ECOWAS, IOM and UNHCR. Delegates \
reviewed the implementation of the Cadiz Action Plan.
"
        );
    }

    #[test]
    fn dated_entries_set_off_by_bars_stand_on_their_own_lines() {
        assert!(dated_bar_entry(
            "8 October 2023 | Online | Steering Committee"
        ));
        assert!(dated_bar_entry("  25-26 November 2023 | Rome, Italy"));
        assert!(!dated_bar_entry(
            "meeting on voluntary return | Co-chairs: Nigeria"
        ));
        assert!(!dated_bar_entry("12 March 2019, Dakar"));
    }

    #[test]
    fn narrow_pages_are_joined_too() {
        // WRAPPED again, at 45 columns.
        let mut narrow = String::new();
        for paragraph in WRAPPED.replace('\n', " ").split(". ") {
            let mut line = String::new();
            for word in paragraph.split_whitespace() {
                if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > 45 {
                    narrow.push_str(&line);
                    narrow.push('\n');
                    line.clear();
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
            }
            narrow.push_str(&line);
            narrow.push_str(".\n");
        }
        let out = joined(&narrow);
        assert!(
            out.contains("in Praia, Cabo Verde on 11 and 12 December"),
            "{out}"
        );
        assert!(
            out.contains("Delegates reviewed the implementation"),
            "{out}"
        );
    }

    #[test]
    fn a_page_of_doubled_line_breaks_reads_as_if_they_were_single() {
        // Every break doubled, the paragraph's end too.
        let doubled = format!("{WRAPPED}\n{WRAPPED}").replace('\n', "\n\n");
        assert!(double_spaced(&doubled));
        let out = joined(&doubled);
        assert!(
            out.contains("co-chaired by Portugal and The Gambia."),
            "{out}"
        );
        assert!(out.contains("in Praia, Cabo Verde on 11"), "{out}");
        let meetings = crate::parse_page(&doubled).meetings;
        assert_eq!(meetings.len(), 2);
        // The roles of the page's last meeting.
        let last_roles = |page: &str| -> Vec<String> {
            let meetings = crate::parse_page(page).meetings;
            meetings.last().map_or_else(Vec::new, |m| {
                m.roles
                    .iter()
                    .map(|r| format!("{} {}", r.role, r.party))
                    .collect()
            })
        };
        assert_eq!(
            // Both meetings alike.
            last_roles(&doubled),
            [
                "host Cabo Verde",
                "co_chair Gambia",
                "co_chair Portugal",
                "participant European Commission",
                "participant ECOWAS",
                "participant IOM",
                "participant UNHCR"
            ]
        );
        // A header's line that the next line's "by" goes on, over the blank line between.
        let cards = format!(
            "{WRAPPED}\nParis, 23-24 October 2018, hosted by France and co-chaired\nby \
             Senegal.\n"
        )
        .replace('\n', "\n\n");
        assert_eq!(last_roles(&cards), ["host France", "co_chair Senegal"]);
        // A name cut over the blank line, in a header kept as its line and in prose.
        let cut = format!(
            "{WRAPPED}\nPraia, 4 May 2018, hosted by Cabo\nVerde and co-chaired by Spain.\nThe \
             workshop brought together delegates from Mali and Cote\nd'Ivoire.\n"
        )
        .replace('\n', "\n\n");
        assert_eq!(
            last_roles(&cut),
            [
                "host Cabo Verde",
                "co_chair Spain",
                "participant Côte d'Ivoire",
                "participant Mali"
            ]
        );
        // A page of one-line paragraphs, each set off by a blank line, is none: its lines
        // do not read as wrapped.
        let paragraphs = "Madrid, 1-2 July 2019, hosted by Spain and co-chaired by Morocco.\n\n\
                          The meeting took place in Madrid.\n\n"
            .repeat(3);
        assert!(!double_spaced(&paragraphs));
        // Lines that do not read as wrapped, doubled: paragraphs are then parted by three
        // blank lines, lines by one. Runs of two blank lines are no doubled page's.
        let event = "Thematic meeting on return\nDate\n3-4 May 2022\n\nVenue\nNiamey\n\n\
                     Observers:\n- Algeria\n- Libya\n\nOrganisations: IOM\n";
        assert!(!double_spaced(event));
        assert!(double_spaced(&event.replace('\n', "\n\n")));
        let spaced = paragraphs.replace("\n\n", "\n\n\n") + "Notes\n\n\n\nFooter\n\n\n\nEnd\n";
        assert!(!double_spaced(&spaced));
    }

    #[test]
    fn indentation_and_trailing_spaces_go_with_the_break() {
        let indented: String = WRAPPED.lines().map(|l| format!("   {l}  \n")).collect();
        let out = joined(&indented);
        assert!(
            out.contains("co-chaired by Portugal and The Gambia."),
            "{out}"
        );
        assert!(out.contains("in Praia, Cabo Verde on 11"), "{out}");
    }

    #[test]
    fn pages_of_paragraphs_and_short_lines_are_left_alone() {
        let cards = "\
Madrid, 1-2 July 2019, hosted by Spain and co-chaired by Morocco.
The Rabat Process organised a Technical Meeting on cooperation between countries of \
origin, transit and destination in the field of border management in Madrid.

Paris, 23-24 October 2018, hosted by France and co-chaired by Senegal.
The root causes of irregular migration and forced displacement are a priority topic.
";
        assert!(soft_breaks(cards, &[], false).is_empty());
        let labels = "\
Thematic meeting on legal migration
Date: 14-15 March 2024
Venue: Accra, Ghana
Co-chairs: Ghana and the Netherlands
";
        assert!(soft_breaks(labels, &[], false).is_empty());
        // Two card headers as long as the page's longest lines, over short bodies.
        let short = "Dakar, 30 November - 2 December 2022\nBody.\n\n\
                     Dakar, 30 December 2022 - 2 January 2023\nBody.\n";
        assert!(soft_breaks(short, &[], false).is_empty());
        // A head row that ends with "by" (a word no line ends with) is a row all the same.
        let table = "Dates\tMeeting\tHosted by\n12 March 2019\tWorkshop on return\tSenegal\n";
        assert!(soft_breaks(table, &[], false).is_empty());
        assert!(soft_breaks("", &[], false).is_empty());
        assert!(soft_breaks("\n\n\n", &[], false).is_empty());
    }

    #[test]
    fn labels_items_and_sentence_ends_keep_their_lines() {
        let page = format!(
            "{WRAPPED}\nThe meeting was co-chaired by the two countries and gathered many\n\
             Date: 3 May 2019 and more words here to be long enough for a line\n\
             - an item of a list that goes on for long enough to fill the line\n\
             - another item\n"
        );
        let out = joined(&page);
        assert!(out.contains("gathered many\nDate:"), "{out}");
        assert!(out.contains("the line\n- another"), "{out}");
    }

    #[test]
    fn a_tables_row_cut_by_breaks_is_one_line() {
        let page = "| Meeting | Date | Venue | Co-chairs |\n\
                    | Workshop on return | 3 June 2021 | Dakar,\n\
                    Senegal | Senegal, France |\n\
                    | Senior Officials' Meeting | 28-29 November 2018\n\
                    | Ouagadougou, Burkina Faso | Burkina\n\
                    Faso, France |\n\
                    | Steering Committee | 25 March 2019 | Brussels |\n\
                    Source: the Secretariat.\n\n\
                    Date\tVenue\tMeeting\tChair\n\
                    14 June 2017\tTunis\tExpert meeting on border\n\
                    management\tTunisia\n";
        let out = joined(page);
        assert!(
            out.contains("| Dakar, Senegal | Senegal, France |"),
            "{out}"
        );
        assert!(
            out.contains("2018 | Ouagadougou, Burkina Faso | Burkina Faso, France |"),
            "{out}"
        );
        assert!(out.contains("on border management\tTunisia"), "{out}");
        // A short row goes on no paragraph under the table.
        assert!(out.contains("Brussels |\nSource"), "{out}");
    }

    #[test]
    fn a_line_ended_by_a_separator_goes_on_wrapped_or_not() {
        let page = "Thematic Meeting on Asylum – Dakar, Senegal – 14 &\n15 March 2019\n\n\
                    Expert meeting on trafficking in human beings |\nAbuja, Nigeria\n\n\
                    Date: 14-15 March 2024 | Venue: Accra | Co-chairs:\nGhana and Spain\n\n\
                    4 June 2019 – Steering Committee, Brussels. Chair:\nMali.\n\n\
                    Agenda:\nOpening\n\n\
                    Cidade Velha, 30 November\n- 1 December 2016, hosted by Cabo Verde\n\n\
                    March 2019\n- 12 March: Webinar on migration data\n\n\
                    | Date | Venue |\nNotes\n";
        let out = joined(page);
        assert!(out.contains("14 & 15 March"), "{out}");
        assert!(out.contains("beings | Abuja"), "{out}");
        assert!(out.contains("Co-chairs: Ghana"), "{out}");
        assert!(out.contains("Chair: Mali"), "{out}");
        // A label alone stands over its value.
        assert!(out.contains("Agenda:\nOpening"), "{out}");
        assert!(out.contains("30 November - 1 December"), "{out}");
        // A month heading over a list, a table's row, keep their lines.
        assert!(out.contains("March 2019\n- 12 March"), "{out}");
        assert!(out.contains("| Date | Venue |\nNotes"), "{out}");
    }

    #[test]
    fn a_list_item_cut_after_a_comma_goes_on() {
        let page = "• 28-29 November 2023, Thematic meeting on protection,
Yaoundé (Cameroon)
                    • 17 October 2023, Steering Committee meeting,
• 6 June 2023, Workshop
                    • 3 May 2023, Workshop on return,
Venue: Dakar
";
        let out = joined(page);
        assert!(out.contains("protection, Yaoundé"), "{out}");
        // The next item, or a label, keeps its line.
        assert!(out.contains("meeting,\n• 6 June"), "{out}");
        assert!(out.contains("return,\nVenue"), "{out}");
    }

    #[test]
    fn titles_headers_and_publication_lines_keep_their_lines() {
        let page = format!(
            "{WRAPPED}\n\
             1st Euro-African Ministerial Conference on Migration and Development\n\
             Rabat, Morocco, 10-11 July 2006\n\n\
             Call for applications: Rabat Process training on migration data\n\
             Published on 10 January 2021\n\n\
             The meeting also discussed the conclusions of the summit in Valletta\n\
             Senior Officials' Meeting held on 14 November 2018.\n\n\
             The partners met on the sidelines of the conference held on 12 and 13\n\
             February 2019 in Ouagadougou | Burkina Faso | Thematic meeting on 3 May |\n\
             Dakar, Senegal\n\n\
             14 November 2019 - Rabat (Morocco): Technical Meeting on Diaspora\n\
             Engagement\n\n\
             Expert meeting on return and reintegration in West Africa and Europe\n\
             Banjul\n\n\
             Thematic Meeting on Labour Migration and Skills Mobility Today\n\
             12-13 July 2022\n\n\
             - Senior Officials' Meeting of the Rabat Process, Addis Ababa, 14 November\n\
             2018\n\n\
             Partners of the Rabat Process discuss labour migration in Accra\n\
             15/03/2024\n\n\
             The thematic meeting on legal migration and mobility was held in Dakar\n\
             12-13 March 2019.\n\n\
             Title: Regional Conference on Protection of Migrants along the Central\n\
             Mediterranean Route\n\
             Date: 5-6 September 2022\n\n\
             Rabat, 3 May 2019, hosted by Morocco and organised by the Sahel Migration\n\
             Observatory.\n"
        );
        let out = joined(&page);
        // A date alone under a title, not under a sentence; a date the wrapping cut.
        assert!(out.contains("Today\n12-13 July 2022"), "{out}");
        assert!(out.contains("in Accra\n15/03/2024"), "{out}");
        assert!(out.contains("held in Dakar 12-13 March 2019."), "{out}");
        assert!(out.contains("14 November 2018"), "{out}");
        // A label's value the wrapping cut.
        assert!(out.contains("Central Mediterranean Route\nDate:"), "{out}");
        // A sentence's last word.
        assert!(out.contains("the Sahel Migration Observatory."), "{out}");
        assert!(out.contains("Development\nRabat, Morocco"), "{out}");
        // The end of a title cut from it, closing its block; not a venue line so.
        assert!(out.contains("Diaspora Engagement"), "{out}");
        assert!(out.contains("Europe\nBanjul"), "{out}");
        assert!(out.contains("migration data\nPublished on"), "{out}");
        // A name ending a sentence's line, days before their month, a bar.
        assert!(out.contains("in Valletta Senior Officials'"), "{out}");
        assert!(out.contains("12 and 13 February 2019"), "{out}");
        assert!(out.contains("3 May | Dakar"), "{out}");
    }

    proptest::proptest! {
        /// On any text (lines of words of any length, in any script, wrapped or not) the
        /// breaks are in order and apart, on character boundaries, and each is white space
        /// around one line break: folding them as spaces keeps every other byte.
        #[test]
        fn breaks_are_one_line_break_each_with_its_white_space(
            lines in proptest::collection::vec("[ a-zA-Zé,.:|-]{0,90}", 0..40),
            width in 40usize..100,
        ) {
            let page = lines
                .iter()
                .map(|l| l.chars().take(width).collect::<String>())
                .collect::<Vec<_>>()
                .join("\n");
            let mut last_end = 0;
            for range in soft_breaks(&page, &[], false) {
                proptest::prop_assert!(range.start >= last_end && range.start < range.end);
                let gap = page.get(range.clone()).expect("char boundaries");
                proptest::prop_assert_eq!(gap.matches('\n').count(), 1);
                proptest::prop_assert!(gap.trim_matches([' ', '\t', '\r', '\n']).is_empty());
                last_end = range.end;
            }
        }
    }
}
