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
fn a_text_without_card_headers_is_one_piece() {
    let text = "The workshop was held in Dakar on 3 May 2019. ".repeat(30_000);
    assert_eq!(rabat::parse_stream(&text).count(), 1);
}
