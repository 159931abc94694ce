//! Input repair: a page damaged the way scraping, PDF export and encoding mistakes damage
//! pages parses to the same records as the clean page.

use serde_json::Value;

const PAGE: &str = include_str!("data/thematic-meetings-page-1.txt");

/// The records of a page without their spans and raw text, which differ with the damage.
fn records(text: &str) -> Vec<Value> {
    rabat::parse_page(text)
        .meetings
        .iter()
        .map(|m| {
            let mut v = serde_json::to_value(m).unwrap();
            for key in ["span", "header", "body"] {
                v.as_object_mut().unwrap().remove(key);
            }
            v
        })
        .collect()
}

#[track_caller]
fn same_as_clean(damaged: &str) {
    let (clean, got) = (records(PAGE), records(damaged));
    assert_eq!(got.len(), clean.len(), "record count");
    for (g, c) in got.iter().zip(&clean) {
        assert_eq!(g, c);
    }
    // Spans still point at the damaged input, on character boundaries.
    for m in rabat::parse_page(damaged).meetings {
        assert!(damaged.is_char_boundary(m.span.start) && damaged.is_char_boundary(m.span.end));
        assert!(!m.header.is_empty() && damaged[m.span.range()].starts_with(&m.header));
    }
}

#[test]
fn indented_and_padded_lines() {
    // As text browsers dump pages: every line indented, some padded at their end.
    let dumped = |page: &str| -> String { page.lines().map(|l| format!("   {l}  \n")).collect() };
    same_as_clean(&dumped(PAGE));
    // Names wrapped over padded lines ("the Islamic Republic of" over "Mauritania"),
    // Markdown's headings, the venue line above an event's date.
    for page in [
        include_str!("data/cards-wrapped-headers.txt"),
        include_str!("data/markdown-converted-page.txt"),
        include_str!("data/events-unlabelled-venue.txt"),
    ] {
        assert_eq!(records(&dumped(page)), records(page));
    }
    // Indented with tabs: label lines too.
    for page in [
        include_str!("data/shape5-labels.txt"),
        include_str!("data/mixed-events-then-cards.txt"),
    ] {
        let tabbed: String = page.lines().map(|l| format!("\t{l}\n")).collect();
        assert_eq!(records(&tabbed), records(page));
    }
}

/// `page` with its lines wrapped as e-mail, PDF export and text browsers wrap them: at the
/// last space before `width` columns, each line after `indent`.
fn wrapped(page: &str, width: usize, indent: &str) -> String {
    let mut out = String::new();
    for line in page.lines() {
        out.push_str(indent);
        let mut used = indent.chars().count();
        for (i, word) in line.split(' ').enumerate() {
            let len = word.chars().count();
            if i > 0 && used + 1 + len > width {
                out.push('\n');
                out.push_str(indent);
                used = indent.chars().count();
            } else if i > 0 {
                out.push(' ');
                used += 1;
            }
            out.push_str(word);
            used += len;
        }
        out.push('\n');
    }
    out
}

/// Every fixture page, changed by `change`, reads to the records of the page itself; but
/// the pages `except`.
#[track_caller]
fn every_page_reads_the_same(change: impl Fn(&str) -> String, except: &[&str]) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut pages: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    pages.sort();
    assert!(
        pages.len() >= 90,
        "fixture pages not found in {}",
        dir.display()
    );
    let mut differ = Vec::new();
    for path in pages {
        let name = path.file_stem().unwrap().to_str().unwrap().to_owned();
        let page = std::fs::read_to_string(&path).unwrap();
        if !except.contains(&name.as_str()) && records(&change(&page)) != records(&page) {
            differ.push(name);
        }
    }
    assert!(differ.is_empty(), "pages read differently: {differ:?}");
}

#[test]
fn hard_wrapped_lines() {
    // The lines a page's wrapping cut are read as one, the rows of tables too (their
    // lines hold the head row's separators between them); the exceptions are lines a
    // reader could not tell from lines of their own either: a table in HTML (whose markup
    // no page wraps), a table laid out in columns of spaces at widths narrower than its
    // rows (its columns are lost), and, at 50 columns, list items on pages too short to
    // show their width.
    const NARROWER: [&str; 2] = ["table-html-markup", "table-aligned-in-spaces"];
    same_as_clean(&wrapped(PAGE, 72, ""));
    every_page_reads_the_same(|p| wrapped(p, 72, ""), &NARROWER);
    every_page_reads_the_same(|p| wrapped(p, 100, ""), &[]);
    every_page_reads_the_same(|p| wrapped(p, 60, ""), &NARROWER);
    every_page_reads_the_same(
        |p| wrapped(p, 50, ""),
        &[
            "calendar-month-headings",
            "calendar-month-lines-and-bar-labels",
            "shape3-one-line-cards",
            "table-html-markup",
            "table-aligned-in-spaces",
            "table-participants-column",
        ],
    );
    // As text browsers dump pages: indented, at 76 columns.
    every_page_reads_the_same(|p| wrapped(p, 76, "   "), &NARROWER);
}

#[test]
fn doubled_line_breaks() {
    // Exports that double every line break, a paragraph's end too: the page reads as if
    // they were single, whether or not its lines are wrapped; but for a table laid out in
    // columns of spaces, whose rows are told by lines that stand right under each other.
    const EXCEPT: [&str; 1] = ["table-aligned-in-spaces"];
    same_as_clean(&PAGE.replace('\n', "\n\n"));
    every_page_reads_the_same(|p| p.replace('\n', "\n\n"), &EXCEPT);
    // Wrapped at 60 columns, then doubled: the tables' rows cut over blank lines are lost,
    // and a few pages still read otherwise (a title over its dateline, a remark cut from
    // its line); the others read as clean.
    const WRAPPED_EXCEPT: [&str; 13] = [
        "table-aligned-in-spaces",
        "table-html-markup",
        "table-participants-column",
        "table-role-cells-with-labels",
        "table-tabs-unknown-columns",
        "table-tabs-year-column",
        "cards-recent-thematic",
        "ministries-of-nationals-abroad",
        "page-dialogue-chairmanship-and-co-chairs",
        "shape4f-senior-officials",
        "shape4g-moved-online",
        "shape7b-dateline-with-date",
        "shape7d-dateline-date-only",
    ];
    every_page_reads_the_same(
        |p| wrapped(p, 60, "").replace('\n', "\n\n"),
        &WRAPPED_EXCEPT,
    );
}

#[test]
fn two_spaces_between_words() {
    same_as_clean(&PAGE.replace(' ', "  "));
    for page in [
        include_str!("data/cards-joined-and-included.txt"),
        include_str!("data/cards-set-off-titles.txt"),
    ] {
        assert_eq!(records(&page.replace(' ', "  ")), records(page));
    }
}

#[test]
fn byte_order_mark() {
    same_as_clean(&format!("\u{feff}{PAGE}"));
}

#[test]
fn crlf_and_lone_cr_line_ends() {
    same_as_clean(&PAGE.replace('\n', "\r\n"));
    same_as_clean(&PAGE.replace('\n', "\r"));
}

#[test]
fn unicode_spaces_zero_width_characters_and_soft_hyphens() {
    let spaced = PAGE
        .replace(' ', "\u{2009}")
        .replace("Madrid", "Ma\u{ad}drid")
        .replace("Spain", "Sp\u{200b}ain");
    same_as_clean(&spaced.replace("\u{2009}hosted", "\u{202f}hosted"));
}

#[test]
fn words_hyphenated_across_line_breaks() {
    let broken = PAGE
        .replace("Khartoum Process", "Khar-\ntoum Process")
        .replace("trafficking in human", "traf-\nficking in human")
        .replace("participants representing", "partici-\npants representing");
    same_as_clean(&broken);
}

#[test]
fn html_entities_and_tags() {
    let html: String = PAGE
        .split("\n\n")
        .map(|p| format!("<p class=\"card\">{}</p>", p.replace('\u{a0}', "&nbsp;")))
        .collect::<Vec<_>>()
        .join("\n<br/>\n")
        .replace('\u{2019}', "&rsquo;")
        .replace('\u{2013}', "&#8211;")
        .replace('“', "&ldquo;")
        .replace('”', "&#x201D;")
        .replace("Côte", "C&ocirc;te")
        .replace("ICMPD", "<strong>ICMPD</strong>");
    same_as_clean(&html);
    // A line break written as a tag and as itself is one, not a blank line.
    for page in [
        include_str!("data/shape6-event-cards.txt"),
        include_str!("data/cards-wrapped-headers.txt"),
    ] {
        assert_eq!(records(&page.replace('\n', "<br>\n")), records(page));
    }
}

#[test]
fn utf8_read_as_latin1() {
    // Each UTF-8 byte written back as the Windows-1252 character it stands for.
    let mojibake: String = PAGE
        .bytes()
        .map(|b| match b {
            0x80..=0x9f => "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8d}Ž\u{8f}\u{90}‘’“”•–—˜™š›œ\u{9d}žŸ"
                .chars()
                .nth(usize::from(b - 0x80))
                .unwrap(),
            _ => char::from(b),
        })
        .collect();
    assert!(mojibake.contains("CÃ´te"));
    same_as_clean(&mojibake);
}
