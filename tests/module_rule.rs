//! The module rule of the web code (docs/ARCHITECTURE.md): app → {selftest, assessment, embed} →
//! shared → engine. Features never import each other, shared imports no feature, the engine imports
//! nothing of the web code, and the self-test's parts (`home`, `questions`, `result`, `drink`: one
//! wasm part each) never import each other. Read from the source, so it holds for the wasm build
//! too, which native tests do not compile.

use std::fs;
use std::path::Path;

const LAYERS: [&str; 6] = ["app", "selftest", "assessment", "embed", "shared", "engine"];
const FEATURES: [&str; 3] = ["selftest", "assessment", "embed"];
/// The self-test's folders that are wasm parts of their own in one build or the other.
const SELFTEST_PARTS: [&str; 4] = ["home", "questions", "result", "drink"];

/// The module path of a file under `src/`: `selftest/result/notes.rs` is
/// `selftest::result::notes`, a `mod.rs` is its folder's module; the crate root is empty.
fn module_of(relative: &str) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_string)
        .collect();
    if parts.last().is_some_and(|last| last == "mod") {
        parts.pop();
    }
    if parts.len() == 1 && ["lib", "main", "split_parts"].contains(&parts[0].as_str()) {
        parts.clear();
    }
    parts
}

/// The first identifiers of a path's tail: `a::b` gives [a]; `{a::b, c}` gives [a, c].
fn first_segments(tail: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let Some(group) = tail.strip_prefix('{') else {
        return vec![ident(tail)];
    };
    let mut found = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                found.push(ident(&group[start..i]));
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                found.push(ident(&group[start..i]));
                start = i + 1;
            }
            _ => {}
        }
    }
    found.retain(|s| !s.is_empty() && s != "self");
    found
}

/// Every module a file's code names through `crate::` or `super::`, as a path from the crate root.
fn imports(module: &[String], source: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for line in source.lines() {
        let code = line.split("//").next().unwrap_or_default();
        for (at, _) in code.match_indices("crate::") {
            if at > 0 && code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                continue; // e.g. `selfassess_crate::`, not this crate
            }
            for first in first_segments(&code[at + "crate::".len()..]) {
                let mut tail = code[at + "crate::".len()..].to_string();
                if !tail.starts_with('{') {
                    tail = tail.chars().take_while(|c| !c.is_whitespace()).collect();
                }
                found.push(resolve(vec![], &first, &tail));
            }
        }
        let mut rest = code;
        while let Some(at) = rest.find("super::") {
            let preceded =
                at > 0 && rest[..at].ends_with(|c: char| c.is_alphanumeric() || c == ':');
            let mut tail = &rest[at..];
            let mut ups = 0;
            while let Some(after) = tail.strip_prefix("super::") {
                ups += 1;
                tail = after;
            }
            rest = tail;
            if preceded {
                continue;
            }
            let base = module.len().checked_sub(ups).map(|n| module[..n].to_vec());
            let Some(base) = base else {
                found.push(vec!["<above the crate root>".to_string()]);
                continue;
            };
            for first in first_segments(tail) {
                found.push(resolve(base.clone(), &first, tail));
            }
        }
    }
    found
}

/// `base` plus `first` and, when `first` is a folder's module, its next segment (for the parts).
fn resolve(mut base: Vec<String>, first: &str, tail: &str) -> Vec<String> {
    base.push(first.to_string());
    if let Some(after) = tail.strip_prefix(first).and_then(|t| t.strip_prefix("::")) {
        let next: String = after
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !next.is_empty() {
            base.push(next);
        }
    }
    base
}

/// The self-test part a module path lies in, if any.
fn part_of(path: &[String]) -> Option<&str> {
    match path {
        [first, second, ..] if first == "selftest" => SELFTEST_PARTS
            .iter()
            .find(|part| **part == second.as_str())
            .copied(),
        _ => None,
    }
}

/// Why `from` may not name `to`, if it may not.
fn broken_rule(from: &[String], to: &[String]) -> Option<String> {
    let (Some(from_layer), Some(to_layer)) = (from.first(), to.first()) else {
        return None; // the crate root (lib.rs, the binaries) wires everything
    };
    if !LAYERS.contains(&to_layer.as_str()) {
        return Some(format!("`{}` is not a layer of the crate", to.join("::")));
    }
    let to_layer = to_layer.as_str();
    let allowed = match from_layer.as_str() {
        "app" => true,
        "engine" => to_layer == "engine",
        "shared" => ["shared", "engine"].contains(&to_layer),
        feature if FEATURES.contains(&feature) => [feature, "shared", "engine"].contains(&to_layer),
        _ => true,
    };
    if !allowed {
        return Some(format!("{from_layer} may not import {to_layer}"));
    }
    let to_part = part_of(to)?;
    let from_is_selftest_root = from.len() == 1 && from_layer == "selftest";
    if from_is_selftest_root || part_of(from) == Some(to_part) {
        return None;
    }
    Some(format!(
        "the self-test's part `{to_part}` is imported only by selftest/mod.rs (one wasm part each)"
    ))
}

fn violations_in(relative: &str, source: &str) -> Vec<String> {
    let module = module_of(relative);
    imports(&module, source)
        .into_iter()
        .filter_map(|to| {
            broken_rule(&module, &to).map(|why| format!("src/{relative}: {}: {why}", to.join("::")))
        })
        .collect()
}

fn rust_files(dir: &Path, root: &Path, out: &mut Vec<String>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("src/ is readable")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(root).expect("under src/");
            out.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
}

#[test]
fn the_web_code_keeps_the_module_rule() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &root, &mut files);
    assert!(
        files.iter().any(|f| f.starts_with("selftest/result/")),
        "the layout this test checks is missing: {files:?}"
    );
    let broken: Vec<String> = files
        .iter()
        .filter(|f| !f.starts_with("bin/"))
        .flat_map(|f| violations_in(f, &fs::read_to_string(root.join(f)).expect("readable")))
        .collect();
    assert!(
        broken.is_empty(),
        "imports that break the module rule:\n{}",
        broken.join("\n")
    );
}

#[test]
fn a_feature_importing_another_feature_breaks_the_rule() {
    let found = violations_in(
        "selftest/result/notes.rs",
        "use crate::assessment::state::Assess;\n",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("selftest may not import assessment"),
        "{found:?}"
    );
    let grouped = violations_in(
        "embed/mod.rs",
        "use crate::{engine::model::keys, selftest::Parts};",
    );
    assert_eq!(grouped.len(), 1, "{grouped:?}");
}

#[test]
fn shared_importing_a_feature_or_the_app_breaks_the_rule() {
    for source in [
        "use crate::selftest::session::use_session;",
        "let build = context::<crate::app::builds::PageBuild>();",
        "use super::super::super::embed::EmbedPage;",
    ] {
        let found = violations_in("shared/widgets/quick_exit.rs", source);
        assert_eq!(found.len(), 1, "{source}: {found:?}");
    }
    assert!(violations_in("engine/flow.rs", "use crate::shared::i18n::I18n;").len() == 1);
}

#[test]
fn one_self_test_part_importing_another_breaks_the_rule() {
    let found = violations_in(
        "selftest/questions/start.rs",
        "use crate::selftest::result::ResultView;",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    let relative = violations_in(
        "selftest/questions/start.rs",
        "use super::super::drink::StandardDrink;",
    );
    assert_eq!(relative.len(), 1, "{relative:?}");
    // What the parts share sits beside them, and selftest/mod.rs draws each part.
    assert!(violations_in(
        "selftest/result/mod.rs",
        "use crate::selftest::session::use_session;"
    )
    .is_empty());
    assert!(violations_in(
        "selftest/mod.rs",
        "view! { <crate::selftest::home::HomePage /> }"
    )
    .is_empty());
    assert!(violations_in(
        "selftest/result/notes.rs",
        "use super::answers::answer_text;"
    )
    .is_empty());
}

#[test]
fn allowed_directions_pass() {
    assert!(violations_in(
        "app/mod.rs",
        "use crate::selftest::Parts; use crate::embed::EmbedPage;"
    )
    .is_empty());
    assert!(violations_in(
        "assessment/area.rs",
        "use crate::shared::i18n::{use_i18n, I18n};"
    )
    .is_empty());
    assert!(violations_in("assessment/area.rs", "use super::state::use_assess;").is_empty());
    assert!(violations_in("shared/help.rs", "use crate::engine::help::Contact;").is_empty());
    // A comment naming a module is not an import.
    assert!(violations_in("shared/help.rs", "// see crate::selftest::result").is_empty());
}
