//! A large corpus for benches and scaling checks, the same on every run: the real fixture
//! pages, and generated meetings written out as canonical text with real announcement
//! bodies.

// Each test and bench crate that includes this file uses only part of it.
#![allow(dead_code)]

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

use crate::generate;

/// The real pages of `tests/data`.
pub const REAL: &[&str] = &[
    include_str!("../data/thematic-meetings-page-1.txt"),
    include_str!("../data/cards-synthetic.txt"),
    include_str!("../data/prose-roles-figures-modes.txt"),
    include_str!("../data/shape4b-future-tense.txt"),
    include_str!("../data/shape5-labels.txt"),
    include_str!("../data/shape7-dateline.txt"),
];

/// Pages of about `page_size` bytes adding up to at least `total` bytes: real pages in
/// turn with pages of generated cards.
pub fn pages(total: usize, page_size: usize) -> Vec<String> {
    let bodies: Vec<String> = rabat::parse_page(REAL[0])
        .meetings
        .into_iter()
        .map(|m| m.body)
        .filter(|b| !b.is_empty())
        .collect();
    let seed = [7u8; 32];
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &seed),
    );
    let strategy = generate::meeting();
    let mut pages = Vec::new();
    let mut size = 0;
    let mut n = 0usize;
    while size < total {
        let mut page = String::with_capacity(page_size + 4096);
        if let Some(real) = REAL.get(n % (REAL.len() * 2)) {
            page.push_str(real);
        }
        while page.len() < page_size {
            let Ok(tree) = strategy.new_tree(&mut runner) else {
                break;
            };
            let mut m = tree.current();
            if m.date.is_none() {
                continue;
            }
            m.body = bodies[n % bodies.len()].clone();
            n += 1;
            page.push_str("\n\n");
            page.push_str(&m.to_string());
        }
        size += page.len();
        pages.push(page);
    }
    pages
}
