//! Parsing throughput in MB/s, beside a baseline that only splits the same text into words,
//! so that the ratio of the two holds on any machine: the bundled real page, a 10 MB corpus
//! (real pages and generated cards, the same on every run) parsed whole and in pieces, and
//! batch parsing on one thread and on all cores (feature `parallel`); 1, 10 and 100 MB,
//! whose throughputs must agree for time to grow linearly; and inputs built to be slow,
//! which must stay linear.

#[path = "../tests/common/corpus.rs"]
mod corpus;
#[path = "../tests/common/generate.rs"]
mod generate;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const PAGE: &str = include_str!("../tests/data/thematic-meetings-page-1.txt");

fn bundled_page(c: &mut Criterion) {
    let mut group = c.benchmark_group("bundled page");
    group.throughput(Throughput::Bytes(PAGE.len() as u64));
    group.bench_function("parse_page", |b| {
        b.iter(|| rabat::parse_page(black_box(PAGE)))
    });
    group.bench_function("baseline: split_whitespace", |b| {
        b.iter(|| black_box(PAGE).split_whitespace().count())
    });
    group.finish();
}

fn ten_megabytes(c: &mut Criterion) {
    let pages = corpus::pages(10 << 20, 64 << 10);
    let text = pages.join("\n\n");
    let mut group = c.benchmark_group("10 MB corpus");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("parse_page (one text)", |b| {
        b.iter(|| rabat::parse_page(black_box(&text)).meetings.len())
    });
    group.bench_function("baseline: split_whitespace", |b| {
        b.iter(|| black_box(&text).split_whitespace().count())
    });
    // The same meetings from pieces of about a megabyte: less memory in use at once.
    group.bench_function("parse_stream (one text, in pieces)", |b| {
        b.iter(|| {
            rabat::parse_stream(black_box(&text))
                .map(|p| p.meetings.len())
                .sum::<usize>()
        })
    });
    group.bench_function("parse_pages (64 KB pages)", |b| {
        b.iter(|| rabat::parse_pages(black_box(&pages)).len())
    });
    #[cfg(feature = "parallel")]
    {
        let one = rayon::ThreadPoolBuilder::new().num_threads(1).build();
        if let Ok(one) = one {
            group.bench_function("parse_pages on one thread", |b| {
                b.iter(|| one.install(|| rabat::parse_pages(black_box(&pages)).len()))
            });
        }
    }
    group.finish();
}

/// Time against input size: 1, 10 and 100 MB parsed as one text each, so that equal
/// throughputs show time growing in proportion to the input.
fn scaling(c: &mut Criterion) {
    let ten = corpus::pages(10 << 20, 64 << 10).join("\n\n");
    // The first megabyte, cut at a blank line between pages or announcements.
    let one = ten
        .get(1 << 20..)
        .and_then(|rest| rest.find("\n\n"))
        .and_then(|cut| ten.get(..(1 << 20) + cut))
        .unwrap_or(&ten)
        .to_owned();
    let hundred = [ten.as_str(); 10].join("\n\n");
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    for (name, text) in [("1 MB", &one), ("10 MB", &ten), ("100 MB", &hundred)] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| rabat::parse_page(black_box(text)).meetings.len())
        });
    }
    group.finish();
}

/// Inputs that once took time quadratic in their length: a regression shows here as a
/// jump of orders of magnitude, not percents.
fn adversarial(c: &mut Criterion) {
    let cues = format!(
        "Madrid, 1 July 2019, hosted by Spain.\nThe meeting was {}Morocco.\n",
        "co-chaired by ".repeat(50_000)
    );
    let observers = format!(
        "Madrid, 1 July 2019, hosted by Spain.\nMorocco {}Spain.\n",
        "participated as observer and ".repeat(40_000)
    );
    let dated_cues = format!(
        "Madrid, 1 July 2019, hosted by Spain.\nThe workshop{}.\n",
        ", organised by IOM on 3 May 2018".repeat(20_000)
    );
    let commas = format!(
        "Madrid, 1 July 2019, hosted by Spain{}.\n",
        ",".repeat(100_000)
    );
    let mut group = c.benchmark_group("adversarial");
    group.sample_size(10);
    for (name, text) in [
        ("50,000 role cues in one sentence", &cues),
        ("40,000 \"participated as observer\"", &observers),
        ("20,000 cues with dates in one sentence", &dated_cues),
        ("100,000 commas", &commas),
    ] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| rabat::parse_page(black_box(text))));
    }
    group.finish();
}

criterion_group!(benches, bundled_page, ten_megabytes, scaling, adversarial);
criterion_main!(benches);
