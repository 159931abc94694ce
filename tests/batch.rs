//! Batch and streamed parsing give the same meetings as parsing a page whole.

const PAGE: &str = include_str!("data/thematic-meetings-page-1.txt");

#[test]
fn pages_come_back_in_order() {
    let pages: Vec<String> = (0..40)
        .map(|i| PAGE.replace("Madrid", &format!("Madrid{}", "x".repeat(i % 3))))
        .collect();
    let batch = rabat::parse_pages(&pages);
    assert_eq!(batch.len(), pages.len());
    for (page, parsed) in pages.iter().zip(&batch) {
        assert_eq!(parsed, &rabat::parse_page(page));
    }
}

#[test]
fn a_long_text_streams_in_pieces_with_the_same_meetings() {
    let text = format!("{PAGE}\n\n").repeat(300);
    assert!(text.len() > 1 << 20);
    let pieces: Vec<rabat::Parsed> = rabat::parse_stream(&text).collect();
    assert!(pieces.len() >= 2, "{} pieces", pieces.len());
    let streamed: Vec<rabat::Meeting> = pieces.into_iter().flat_map(|p| p.meetings).collect();
    let whole = rabat::parse_page(&text).meetings;
    assert_eq!(streamed.len(), 2700);
    assert_eq!(streamed, whole);
}

#[test]
fn pieces_are_found_whatever_character_the_piece_size_falls_in() {
    // A run of two-byte characters across the first piece's end (1 MiB): with one byte more
    // or less before it, that end falls inside a character.
    let card = "Dakar, 3 May 2019, hosted by Senegal.\nLa réunion a réuni des délégués.\n\n";
    let head = card.repeat(((1 << 20) - 2_000) / card.len());
    for pad in 0..2 {
        let text = format!(
            "{}{head}{}\n\n{}",
            "x".repeat(pad),
            "é".repeat(2_000),
            card.repeat(30_000)
        );
        let pieces = rabat::parse_stream(&text).count();
        assert!(pieces >= 3, "{pieces} pieces with {pad} bytes before");
    }
}

#[test]
fn a_text_without_card_headers_is_one_piece() {
    let text = "The workshop was held in Dakar on 3 May 2019. ".repeat(30_000);
    assert_eq!(rabat::parse_stream(&text).count(), 1);
}
