//! The examples run as users run them, so they cannot rot.

use std::process::Command;

#[track_caller]
fn run_example(name: &str, args: &[&str]) -> (bool, String, String) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["run", "--quiet", "--example", name, "--"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn extract_prints_a_table_of_the_bundled_page() {
    let (ok, stdout, _) = run_example("extract", &[]);
    assert!(ok);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 10, "a header row and nine meetings:\n{stdout}");
    assert!(lines[0].starts_with("CITY"));
    assert!(lines[3].starts_with("Madrid         ES  2019-07-01 2019-07-02 technical_meeting"));
}

#[test]
fn extract_prints_json_lines() {
    let (ok, stdout, _) = run_example(
        "extract",
        &[
            "--format",
            "jsonl",
            "tests/data/thematic-meetings-page-1.txt",
        ],
    );
    assert!(ok);
    let records: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 9);
    assert_eq!(records[6]["city"], "Cidade Velha");
    assert_eq!(records[6]["country"], "CV");
    let back: rabat::Meeting = serde_json::from_value(records[2].clone()).unwrap();
    assert_eq!(back.city.as_deref(), Some("Madrid"));
}

#[test]
fn extract_reports_bad_input_without_panicking() {
    let dir = std::env::temp_dir().join(format!("rabat-extract-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("latin1.txt");
    std::fs::write(&bad, b"Dakar, 3 May 2019, hosted by S\xe9n\xe9gal.").unwrap();
    let (ok, _, stderr) = run_example("extract", &[bad.to_str().unwrap()]);
    assert!(!ok);
    assert!(
        stderr.contains("is not UTF-8 text: invalid byte at offset 30"),
        "{stderr}"
    );
    let (ok, _, stderr) = run_example("extract", &["--format", "xml"]);
    assert!(!ok);
    assert!(
        stderr.contains(r#"--format takes table or jsonl, found "xml""#),
        "{stderr}"
    );
    let (ok, _, stderr) = run_example("extract", &[dir.join("missing.txt").to_str().unwrap()]);
    assert!(!ok);
    assert!(stderr.contains("cannot read"), "{stderr}");
}

#[test]
fn resolve_prints_one_json_object_per_name() {
    let (ok, stdout, _) = run_example(
        "resolve",
        &[
            "Cote d'Ivoire",
            "Abidjan",
            "ICMPD",
            "Khartoum Process",
            "Congolese",
            "Atlantis",
        ],
    );
    assert!(ok);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            r#"{"text":"Cote d'Ivoire","match":{"country":"CI"}}"#,
            r#"{"text":"Abidjan","match":{"city":"Abidjan","country":"CI"}}"#,
            r#"{"text":"ICMPD","match":{"organisation":"ICMPD"}}"#,
            r#"{"text":"Khartoum Process","match":{"process":"khartoum_process"}}"#,
            r#"{"text":"Congolese","match":{"ambiguous":["CG","CD"]}}"#,
            r#"{"text":"Atlantis","match":null}"#,
        ]
    );
}
