//! Parsing never panics, and every span it gives lies inside the input on character
//! boundaries, whatever the input.

use proptest::prelude::*;

const PAGE: &str = include_str!("data/thematic-meetings-page-1.txt");

#[track_caller]
fn check_spans(input: &str) {
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
    for d in &parsed.diagnostics {
        assert!(
            d.span.end <= input.len(),
            "diagnostic span {} outside input",
            d.span
        );
        assert!(input.is_char_boundary(d.span.start) && input.is_char_boundary(d.span.end));
        let _ = d.render(input);
    }
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(input in "\\PC*") {
        check_spans(&input);
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
        check_spans(&line);
    }

    #[test]
    fn edited_real_page_never_panics(cut in 0usize..4452, len in 0usize..200, insert in "\\PC{0,20}") {
        let mut page = PAGE.to_owned();
        let start = (0..=cut.min(page.len())).rev().find(|&i| page.is_char_boundary(i)).unwrap_or(0);
        let end = (start + len).min(page.len());
        let end = (end..=page.len()).find(|&i| page.is_char_boundary(i)).unwrap_or(page.len());
        page.replace_range(start..end, &insert);
        check_spans(&page);
    }
}

#[test]
fn real_page_spans_are_sound() {
    check_spans(PAGE);
}
