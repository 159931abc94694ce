//! Any input: no panic, linear work, spans inside the input on character boundaries, each
//! diagnostic once, and the good announcements of a page kept when others are broken.

use proptest::prelude::*;
use rabat::{Code, Parsed};

const PAGE: &str = include_str!("data/thematic-meetings-page-1.txt");

#[track_caller]
fn parse_checked(input: &str) -> Parsed {
    let parsed = rabat::parse_page(input);
    for m in &parsed.meetings {
        assert!(
            m.span.end <= input.len(),
            "meeting span {} outside input",
            m.span
        );
        assert!(input.is_char_boundary(m.span.start) && input.is_char_boundary(m.span.end));
        assert!(!m.span.is_empty());
    }
    for (i, d) in parsed.diagnostics.iter().enumerate() {
        assert!(
            d.span.end <= input.len(),
            "diagnostic span {} outside input",
            d.span
        );
        assert!(input.is_char_boundary(d.span.start) && input.is_char_boundary(d.span.end));
        assert!(
            !parsed.diagnostics[..i].contains(d),
            "duplicate diagnostic {d}"
        );
        let _ = d.render(input);
    }
    parsed
}

/// The roles of the first meeting, as "role party".
fn roles(parsed: &Parsed) -> Vec<String> {
    parsed.meetings[0]
        .roles
        .iter()
        .map(|p| format!("{} {}", p.role, p.party))
        .collect()
}

#[track_caller]
fn codes(parsed: &Parsed) -> Vec<Code> {
    parsed.diagnostics.iter().map(|d| d.code).collect()
}

/// A random edit of a text: cut, duplicate or swap characters or lines, or insert text.
#[derive(Debug, Clone)]
enum Edit {
    DeleteChars(usize, usize),
    DuplicateChars(usize, usize),
    SwapChars(usize, usize),
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    Insert(usize, String),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 0usize..50).prop_map(|(a, n)| Edit::DeleteChars(a, n)),
        (any::<usize>(), 0usize..50).prop_map(|(a, n)| Edit::DuplicateChars(a, n)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::SwapChars(a, b)),
        any::<usize>().prop_map(Edit::DeleteLine),
        any::<usize>().prop_map(Edit::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
        (any::<usize>(), "\\PC{0,12}|[\\u{200b}\\u{feff}\\u{ad}\\u{202e}\\u{300}]{1,3}|&[a-z#0-9]{0,8};?|<[a-z/]{0,6}>?")
            .prop_map(|(a, s)| Edit::Insert(a, s)),
    ]
}

fn apply(text: &str, edit: &Edit) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let mut lines: Vec<&str> = text.split('\n').collect();
    let n = chars.len().max(1);
    let l = lines.len().max(1);
    match edit {
        Edit::DeleteChars(a, k) => {
            let a = a % n;
            chars.drain(a..(a + k).min(chars.len()));
        }
        Edit::DuplicateChars(a, k) => {
            let a = a % n;
            let piece: Vec<char> = chars[a.min(chars.len())..(a + k).min(chars.len())].to_vec();
            chars.splice(a.min(chars.len())..a.min(chars.len()), piece);
        }
        Edit::SwapChars(a, b) if !chars.is_empty() => {
            let len = chars.len();
            chars.swap(a % len, b % len);
        }
        Edit::DeleteLine(a) => {
            lines.remove(a % l);
            return lines.join("\n");
        }
        Edit::DuplicateLine(a) => {
            let line = lines[a % l];
            lines.insert(a % l, line);
            return lines.join("\n");
        }
        Edit::SwapLines(a, b) => {
            lines.swap(a % l, b % l);
            return lines.join("\n");
        }
        Edit::Insert(a, s) => {
            let a = a % n;
            chars.splice(a.min(chars.len())..a.min(chars.len()), s.chars());
        }
        _ => {}
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_text_never_panics(input in "\\PC*") {
        parse_checked(&input);
    }

    #[test]
    fn arbitrary_unicode_never_panics(input in any::<String>()) {
        parse_checked(&input);
    }

    #[test]
    fn header_like_text_never_panics(
        city in "[A-Z][a-z]{0,8}( [A-Z][a-z]{1,8})?",
        day in 0u32..40,
        month in "(January|May|Octobr|December|Sept\\.|[a-z]{3})",
        year in 0u32..100_000,
        tail in "(, hosted by|, co-chaired by| and|,| Spain| Cote d.Ivoire| the EU|\\.| X){0,6}",
    ) {
        let line = format!("{city}, {day} {month} {year}{tail}\nBody text.\n");
        parse_checked(&line);
    }

    #[test]
    fn edited_real_pages_never_panic(edits in prop::collection::vec(edit(), 1..6)) {
        let mut page = PAGE.to_owned();
        for e in &edits {
            page = apply(&page, e);
        }
        parse_checked(&page);
    }

    #[test]
    fn bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        match rabat::parse_bytes(&bytes) {
            Ok(parsed) => prop_assert!(parsed.meetings.iter().all(|m| m.span.end <= bytes.len())),
            Err(e) => prop_assert!(e.span().is_some_and(|s| s.end <= bytes.len())),
        }
    }
}

#[test]
fn a_broken_announcement_leaves_the_others() {
    let page = PAGE.replace("Madrid, 1-2 July 2019", "Madrid, 31 February 2019");
    let parsed = parse_checked(&page);
    assert_eq!(parsed.meetings.len(), 9);
    assert_eq!(codes(&parsed), [Code::ImpossibleDate]);
    // The header's date cannot be; the body's ("between 1st and 2nd July 2019") is used.
    let madrid = &parsed.meetings[2];
    assert_eq!(madrid.city.as_deref(), Some("Madrid"));
    assert_eq!(
        madrid.date.map(|d| d.to_string()).as_deref(),
        Some("1-2 July 2019")
    );
    assert_eq!(parsed.meetings[3].city.as_deref(), Some("Paris"));
    let strict = rabat::Parser::new()
        .strict(true)
        .parse_page(&page)
        .unwrap_err();
    assert_eq!(
        strict.to_string(),
        r#"no such day: 2019-02-31 in "31 February 2019""#
    );
    assert_eq!(
        strict.span().map(|s| &page[s.range()]),
        Some("31 February 2019")
    );
}

#[test]
fn one_megabyte_on_one_line() {
    let line = PAGE.replace('\n', " ").repeat(240);
    assert!(line.len() > 1_000_000);
    let parsed = parse_checked(&line);
    // A header after a sentence end opens an announcement: each copy's nine are found,
    // but for the first of each later copy, which follows the copy above's "Page 1 of 2"
    // with no sentence end between.
    assert_eq!(parsed.meetings.len(), 1 + 240 * 8);
}

#[test]
fn thirty_thousand_headers_on_one_line() {
    // Each header found inside the line leaves the rest to be read as a line of its own:
    // counting the rest's names each time made this quadratic. Known places and unknown
    // ones.
    let line = "A meeting took place. Dakar, 3 May 2019, hosted by Senegal. \
        A workshop took place. Kpalimé, 4 May 2019, hosted by Togo. "
        .repeat(15_000);
    let parsed = parse_checked(&line);
    assert_eq!(parsed.meetings.len(), 30_000);
}

#[test]
fn twenty_thousand_reports_in_one_paragraph() {
    // Each report is an announcement of its own, on one line: each of its dates had its
    // line searched to its ends for a category it was filed under, quadratic.
    let days =
        (0..20_000).map(|i| format!("The SOM took place in Dakar on {} May 2019", i % 28 + 1));
    let line = format!("Meetings: {}.", days.collect::<Vec<_>>().join(": "));
    let parsed = parse_checked(&line);
    assert_eq!(parsed.meetings.len(), 20_000);
}

#[test]
fn a_hundred_thousand_italic_marks_on_one_line() {
    // Each mark that opens a word had its closing mark searched to the line's end:
    // quadratic where none closes.
    for mark in ["*", "_"] {
        let line = format!("{mark}a ").repeat(100_000);
        let parsed = parse_checked(&line);
        assert!(parsed.meetings.is_empty());
    }
}

#[test]
fn sixty_thousand_full_stop_headers_on_one_line() {
    // Each would-be header inside the line had its place's end searched to the line's end:
    // quadratic, with no comma anywhere.
    let line = "Dakar. 7 May 2019. Hosted by Senegal. ".repeat(60_000);
    let parsed = parse_checked(&line);
    // The header opens the line; the rest, its text, holds no header of the comma form.
    assert_eq!(parsed.meetings.len(), 1);
}

#[test]
fn forty_thousand_opening_quotes_on_one_line() {
    // Each quotation's line was searched to its ends, and an opening quote's sentence to
    // the line's end: quadratic on a long line (2.4 s for 40,000 at 0.5 MB, release).
    for quote in ["\"", "\u{2018}"] {
        let line = format!("{quote}Title Dakar, 3 May 2019. ").repeat(40_000);
        let parsed = parse_checked(&line);
        // No header opens the line and no sentence says a meeting was held: the page is
        // read whole as prose, and found to announce none.
        assert_eq!(parsed.meetings.len(), 0, "{quote}");
        assert_eq!(parsed.diagnostics.len(), 1, "{quote}");
    }
}

#[test]
fn a_hundred_thousand_lines_without_a_space() {
    // Each line's last word was searched for back to the page's start where the line has no
    // space: quadratic (0.44 s for 80,000 lines, release).
    let page = format!("Madrid, 1 July 2019.\n{}", "Cabo\nVerde\n".repeat(50_000));
    let parsed = parse_checked(&page);
    assert_eq!(parsed.meetings.len(), 1);
}

#[test]
fn a_hundred_thousand_commas() {
    let page = format!(
        "Madrid, 1 July 2019, hosted by Spain.\n{}\n",
        ",".repeat(100_000)
    );
    let parsed = parse_checked(&page);
    assert_eq!(parsed.meetings.len(), 1);
    assert_eq!(parsed.meetings[0].span.end, page.len() - 1);
    assert!(parsed.diagnostics.is_empty());
}

#[test]
fn forty_thousand_observer_cues() {
    let page = format!(
        "Madrid, 1 July 2019, hosted by Spain.\nMorocco {}Spain.\n",
        "participated as observer and ".repeat(40_000)
    );
    let parsed = parse_checked(&page);
    assert_eq!(roles(&parsed), ["host Spain", "observer Morocco"]);
}

#[test]
fn fifty_thousand_role_cues() {
    let page = format!(
        "Madrid, 1 July 2019, hosted by Spain.\nThe meeting was {}Morocco.\n",
        "co-chaired by ".repeat(50_000)
    );
    let parsed = parse_checked(&page);
    let m = &parsed.meetings[0];
    assert_eq!(
        m.roles.len(),
        2,
        "host Spain, co-chair Morocco: {:?}",
        m.roles
    );
}

#[test]
fn fifty_thousand_todays_in_a_press_release() {
    // A press release dated by its dateline looks for "concluded a two-day meeting ...
    // today" near its first few "today"s only: each looked back to the page's start here.
    let page = format!(
        "Press release\n\nDAKAR, 12 March 2019 - The Rabat Process held a workshop {}end.\n",
        "today ".repeat(50_000)
    );
    let parsed = parse_checked(&page);
    let date = parsed.meetings[0].date.map(|d| d.to_string());
    assert_eq!(date.as_deref(), Some("12 March 2019"));
}

#[test]
fn fifty_thousand_mode_cues_in_one_sentence() {
    // Only the first mode stated is kept, so only its sentence is read for "in person".
    let page = format!(
        "Madrid, 1 July 2019, hosted by Spain.\nParticipants joined {}in person.\n",
        "via Zoom and ".repeat(50_000)
    );
    let parsed = parse_checked(&page);
    assert_eq!(parsed.meetings[0].mode, Some(rabat::Mode::Hybrid));
}

#[test]
fn fifty_thousand_organiser_cues_in_one_sentence() {
    // Each "organised" looks for partners named after it ("in cooperation with X") only in
    // the words that follow it: searching the rest of the sentence took 20 s here.
    let page = format!(
        "Madrid, 1 July 2019, hosted by Spain.\nThe meeting was {}end.\n",
        "IOM organised ".repeat(50_000)
    );
    let parsed = parse_checked(&page);
    assert_eq!(parsed.meetings[0].roles.len(), 2);
    let page = format!(
        "Madrid, 1 July 2019, hosted by Spain.\nThe meeting was {}end.\n",
        "IOM organised a training, in cooperation with Frontex and ".repeat(20_000)
    );
    let parsed = parse_checked(&page);
    assert_eq!(
        roles(&parsed),
        ["host Spain", "organiser IOM", "organiser Frontex"]
    );
}

#[test]
fn twenty_thousand_titled_cards_and_section_headings() {
    let card =
        "Thematic Meeting\nMadrid, 1 July 2019, hosted by Spain.\nBody.\n\nPast meetings\n\n";
    let parsed = parse_checked(&card.repeat(20_000));
    assert_eq!(parsed.meetings.len(), 20_000);
    assert!(
        parsed
            .meetings
            .iter()
            .all(|m| m.header.starts_with("Thematic Meeting\n"))
    );
    // Each card followed by an event of its own: the events end the cards.
    let card = "Madrid, 1 July 2019, hosted by Spain.\nText.\n\nExpert meeting\nDate: 12 September 2019\n\n";
    let parsed = parse_checked(&card.repeat(20_000));
    assert_eq!(parsed.meetings.len(), 40_000);
}

#[test]
fn a_header_naming_its_meeting_fifty_thousand_times() {
    // The name before the clauses is read once, up to the first comma before a cue.
    let header = format!(
        "Tunis, 3 April 2019 - Workshop on border management{}, hosted by Tunisia.\n",
        ", Workshop on return".repeat(50_000)
    );
    let parsed = parse_checked(&header);
    assert_eq!(parsed.meetings.len(), 1);
    assert_eq!(roles(&parsed), ["host Tunisia"]);
}

#[test]
fn thirty_thousand_numbers_in_words_in_one_sentence() {
    // Each number reads a few words after it, and the sentence is asked once whether it
    // is about attendance: reading the sentence per number took 7 s for 240 KB.
    for repeated in ["one and ", "twenty participants, "] {
        let page = format!(
            "Madrid, 1 July 2019.\nThe meeting gathered {}participants.\n",
            repeated.repeat(30_000)
        );
        let parsed = parse_checked(&page);
        assert_eq!(parsed.meetings.len(), 1);
    }
}

#[test]
fn thirty_thousand_counts_of_countries_and_their_parts_in_one_sentence() {
    // The part present after a count of countries is looked for once per sentence, in one
    // pass: looked for behind each count, it would take the square of the sentence.
    for repeated in [
        "57 partner countries, 40 from Europe, ",
        "Following the SOM hosted by Spain in 2018 ",
    ] {
        let page = format!(
            "Madrid, 1 July 2019.\nThe meeting gathered {}35 attended.\n",
            repeated.repeat(30_000)
        );
        let parsed = parse_checked(&page);
        assert_eq!(parsed.meetings.len(), 1);
    }
}

#[test]
fn thirty_thousand_days_originally_planned() {
    // Each day is looked at twice at most: once skipping days first planned, once not.
    let page = format!(
        "{}finally held on 3 May 2020.\n",
        "The meeting was originally planned for 15 March 2020. ".repeat(30_000)
    );
    let date = parse_checked(&page).meetings[0].date.unwrap();
    assert_eq!(date.start().to_string(), "2020-05-03");
    // Without another day, the planned one stands.
    let page = "The meeting was originally planned for 15 March 2020.";
    let date = parse_checked(page).meetings[0].date.unwrap();
    assert_eq!(date.start().to_string(), "2020-03-15");
}

#[test]
fn twenty_thousand_cues_with_dates_in_one_sentence() {
    // Each cue looks for the date nearest to it in its sentence: by a binary search, as
    // a scan of the sentence's dates per cue took 10 s for a megabyte.
    let dated = format!(
        "Madrid, 1 July 2019, hosted by Spain.\nThe workshop{}.\n",
        ", organised by IOM on 3 May 2018".repeat(20_000)
    );
    let parsed = parse_checked(&dated);
    // Every cue is tied to another day than the meeting's: only the header's host stays.
    assert_eq!(parsed.meetings[0].roles.len(), 1);
    let date_at_end = format!(
        "Madrid, 1 July 2019, hosted by Spain.\nThe workshop{} on 1 July 2019.\n",
        ", co-chaired by Morocco".repeat(20_000)
    );
    let parsed = parse_checked(&date_at_end);
    assert_eq!(
        parsed.meetings[0].roles.len(),
        2,
        "{:?}",
        parsed.meetings[0].roles
    );
}

#[test]
fn fifty_thousand_opening_quotes_in_one_sentence() {
    // Each opening quote looked for its closing one to the end of the sentence: 500 KB
    // took over a minute. The sentence's last closing quote is now found once.
    let page = format!(
        "Madrid, 1 July 2019, hosted by Spain.\nThe workshop on {}x\u{2019} was held.\n",
        "\u{2018}a ".repeat(50_000)
    );
    let parsed = parse_checked(&page);
    assert_eq!(parsed.meetings.len(), 1);
    // The first opening quote runs to the last closing one.
    let title = parsed.meetings[0].title.as_deref().unwrap_or("");
    let head: String = title.chars().take(20).collect();
    assert!(
        title.starts_with("a \u{2018}a") && title.ends_with("a x"),
        "{head:?}"
    );
    // Straight quotes close within a few hundred bytes, or not at all.
    let page = format!(
        "Madrid, 1 July 2019, hosted by Spain.\nThe workshop {}x' was held.\n",
        "'A ".repeat(50_000)
    );
    let parsed = parse_checked(&page);
    assert_eq!(parsed.meetings[0].title, None);
}

#[test]
fn a_header_with_ten_thousand_co_chairs() {
    let names = ["Spain", "Morocco", "Senegal", "France"]
        .repeat(2_500)
        .join(" and ");
    let page = format!("Madrid, 1 July 2019, co-chaired by {names}.\n");
    let parsed = parse_checked(&page);
    assert_eq!(parsed.meetings.len(), 1);
    assert_eq!(parsed.meetings[0].roles.len(), 4);
    assert_eq!(codes(&parsed), [Code::LongList]);
    assert_eq!(
        parsed.diagnostics[0].message,
        r#""co-chaired by" names more than 64 parties; the rest are left out"#
    );
}

#[test]
fn numbers_of_forty_digits() {
    let page = "Madrid, 1 July 2019, hosted by Spain.\nIt gathered 9999999999999999999999999999999999999999 participants from 99999999999999999999 countries.\n";
    let parsed = parse_checked(page);
    assert_eq!(parsed.meetings[0].participants, None);
}

#[test]
fn years_zero_and_ninety_nine_thousand() {
    let parsed = parse_checked(
        "Madrid, 1 July 0, hosted by Spain.\n\nParis, 1 July 99999, hosted by France.\n",
    );
    assert_eq!(
        codes(&parsed),
        [Code::MalformedHeader, Code::ImpossibleDate]
    );
    assert_eq!(
        parsed.diagnostics[1].message,
        r#"year 99999 is outside 1-9999 in "1 July 99999""#
    );
    // A header whose date cannot be read is still an announcement, with no date.
    assert_eq!(parsed.meetings.len(), 2);
    assert!(parsed.meetings.iter().all(|m| m.date.is_none()));
    assert_eq!(parsed.meetings[0].city.as_deref(), Some("Madrid"));
    assert_eq!(parsed.meetings[0].roles.len(), 1);
}

#[test]
fn every_control_character() {
    let controls: String = (0u32..32)
        .chain(127..160)
        .filter_map(char::from_u32)
        .collect();
    let page = format!("{controls}\nMadrid, 1 July 2019, hosted by Spain.\n{controls}\n");
    let parsed = parse_checked(&page);
    assert_eq!(parsed.meetings.len(), 1);
    assert_eq!(parsed.meetings[0].country.map(|c| c.alpha2()), Some("ES"));
}

#[test]
fn direction_marks_and_combining_accents() {
    let page = "Abidjan\u{200f}, 24 October 2019, hosted by Co\u{302}te d\u{2019}Ivoire\u{200e} and co-chaired by \u{202b}France\u{202c}.\n";
    let parsed = parse_checked(page);
    let m = &parsed.meetings[0];
    assert_eq!(m.city.as_deref(), Some("Abidjan"));
    let roles: Vec<String> = m.roles.iter().map(ToString::to_string).collect();
    assert_eq!(roles, ["host: Côte d'Ivoire", "co_chair: France"]);
}

#[test]
fn unknown_and_ambiguous_names_are_reported() {
    let parsed = parse_checked(
        "Paris, 1 July 2019, hosted by France and Ruritania.\nThe Congolese delegation attended.\n",
    );
    assert_eq!(codes(&parsed), [Code::UnknownName, Code::AmbiguousName]);
    assert_eq!(
        parsed.diagnostics[0].message,
        r#"unknown name "Ruritania" kept as an organisation"#
    );
    assert_eq!(
        parsed.diagnostics[1].message,
        r#"ambiguous name "Congolese" could be any of CG, CD; no country is guessed"#
    );
}

#[test]
fn real_page_spans_are_sound() {
    parse_checked(PAGE);
}

#[test]
fn a_table_of_twenty_thousand_rows_and_a_row_of_fifty_thousand_cells() {
    let rows = "| 3 May 2019 | Dakar, Senegal | Senegal |\n".repeat(20_000);
    let page = format!("| Date | Venue | Host |\n|---|---|---|\n{rows}");
    let parsed = parse_checked(&page);
    assert_eq!(parsed.meetings.len(), 20_000);
    assert!(
        parsed
            .meetings
            .iter()
            .all(|m| m.city.as_deref() == Some("Dakar"))
    );
    // A head row of many cells, and rows with many more cells than it.
    let page = format!(
        "{}| Date |\n{}\n",
        "| Venue ".repeat(50_000),
        "| 3 May 2019 ".repeat(50_000)
    );
    assert_eq!(parse_checked(&page).meetings.len(), 1);
}

#[test]
fn four_thousand_lists_of_unknown_bodies() {
    // Each list of those present is searched for bodies the lexicon does not know within
    // a bounded reach, and each name within a few words.
    let lists = "gathered the Big Service, the Sahel Observatory Fund, ".repeat(4_000);
    let page = format!("Dakar, 3 May 2019.\nThe meeting {lists}and the Bank Bank Bank Bank.\n");
    let parsed = parse_checked(&page);
    assert_eq!(parsed.meetings.len(), 1);
    assert!(roles(&parsed).contains(&"participant Sahel Observatory Fund".to_owned()));
}

#[test]
fn twenty_thousand_tables_one_after_another() {
    // The year a title above a table gives its rows is looked for once over the lines
    // between tables, not again above each.
    let table = "Meetings\n| Date | Venue |\n| 3 May | Dakar, Senegal |\n";
    let page = format!("Calendar 2019\n{}", table.repeat(20_000));
    let parsed = parse_checked(&page);
    assert_eq!(parsed.meetings.len(), 20_000);
    assert!(
        parsed
            .meetings
            .iter()
            .all(|m| m.start().is_some_and(|d| d.year() == 2019))
    );
}

#[test]
fn a_hundred_thousand_blank_lines_in_a_row() {
    // Each line break looked ahead to the run's end to count the blank lines: quadratic.
    let page = format!(
        "Madrid, 1 July 2019, hosted by Spain.\nThe meeting took place.{}It was co-chaired by \
         Morocco.\n",
        "\n".repeat(100_000)
    );
    let parsed = parse_checked(&page);
    assert_eq!(parsed.meetings.len(), 1);
}
