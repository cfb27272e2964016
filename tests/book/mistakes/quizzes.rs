//! Questions (```quiz blocks) against their listings' snapshots and the
//! answers their explanations were written for.

use super::lint_problem;
use crate::fixture::Fixture;
use book_model::Problem;

const VERDICT: &str = r#"
```quiz
listing = "../../listings/demo/fails/quiz-moved.rs"

[[choice]]
verdict = "runs"
why = "It would, if `a` were not moved."

[[choice]]
verdict = "fails"
why = "E0382: `a` is used after the move."
```
"#;

const ERROR: &str = r#"
```quiz
listing = "../../listings/demo/fails/quiz-moved-again.rs"

[[choice]]
error = "E0499"
label = "cannot borrow `a` as mutable more than once at a time"
why = "Nothing here borrows `a` mutably."

[[choice]]
error = "E0382"
why = "The second use of `a` comes after the move."
```
"#;

const OUTPUT: &str = r#"
```quiz
listing = "../../listings/demo/runs/quiz-count.rs"

[[choice]]
output = "2"
why = "The loop runs three times."

[[choice]]
snapshot = true
why = "One count a pass of the loop."
```
"#;

/// The fixture with three questions, one of each form, on its second page,
/// their listings and snapshots, and their recorded answers.
fn with_questions(f: &Fixture) {
    let text = std::fs::read_to_string(f.path("src/demo/more.md")).unwrap();
    f.write("src/demo/more.md", &format!("{text}{VERDICT}{ERROR}{OUTPUT}"));
    let moved = "fn main() {\n    let a = String::new();\n    let b = a;\n    println!(\"{a}{b}\");\n}\n";
    f.write("listings/demo/fails/quiz-moved.rs", moved);
    f.write("listings/demo/fails/quiz-moved-again.rs", moved);
    for name in ["quiz-moved", "quiz-moved-again"] {
        f.write(
            &format!("listings/demo/fails/{name}.stderr"),
            "error[E0382]: borrow of moved value: `a`\n",
        );
    }
    f.write(
        "listings/demo/runs/quiz-count.rs",
        "fn main() {\n    let n = (0..3).count();\n    println!(\"{n}\");\n}\n",
    );
    f.write("listings/demo/runs/quiz-count.stdout", "3\n");
    f.write(
        "tests/book/quizzes.toml",
        "\"listings/demo/fails/quiz-moved.rs\" = \"fails E0382\"\n\
         \"listings/demo/fails/quiz-moved-again.rs\" = \"fails E0382\"\n\
         \"listings/demo/runs/quiz-count.rs\" = \"\"\"\nruns\n3\n\"\"\"\n",
    );
}

#[test]
fn the_fixture_with_questions_passes() {
    let fixture = Fixture::new("quiz-ok");
    with_questions(&fixture);
    assert_eq!(fixture.lints(), Vec::<Problem>::new());
}

/// `src/demo/more.md:L`, L the line `below` lines under the `n`th (1-based)
/// ```quiz fence of the fixture's page.
fn quiz_line(f: &Fixture, n: usize, below: usize) -> String {
    let text = std::fs::read_to_string(f.path("src/demo/more.md")).unwrap();
    let line = text.lines().enumerate().filter(|(_, l)| *l == "```quiz").nth(n - 1).unwrap().0 + 1;
    format!("src/demo/more.md:{}:", line + below)
}

#[track_caller]
fn quiz_problem(name: &str, break_it: impl FnOnce(&Fixture), fragments: impl FnOnce(&Fixture) -> Vec<String>) {
    let fixture = Fixture::new(name);
    with_questions(&fixture);
    assert_eq!(fixture.lints(), Vec::<Problem>::new(), "the fixture should pass before it is broken");
    break_it(&fixture);
    let wanted = fragments(&fixture);
    let wanted: Vec<&str> = wanted.iter().map(String::as_str).collect();
    super::assert_reported(&fixture.lints(), &wanted);
}

#[test]
fn a_question_whose_listing_now_compiles() {
    // Moved from fails/ to runs/: the question names a file that is gone.
    quiz_problem(
        "quiz-listing-moved",
        |f| {
            let source = std::fs::read_to_string(f.path("listings/demo/fails/quiz-moved.rs")).unwrap();
            f.remove("listings/demo/fails/quiz-moved.rs");
            f.remove("listings/demo/fails/quiz-moved.stderr");
            f.write("listings/demo/runs/quiz-moved.rs", &source);
            f.write("listings/demo/runs/quiz-moved.stdout", "\n");
        },
        |f| vec![quiz_line(f, 1, 1), "`../../listings/demo/fails/quiz-moved.rs` is not a listing".into()],
    );
}

#[test]
fn a_question_whose_output_changed() {
    quiz_problem(
        "quiz-output-changed",
        |f| f.write("listings/demo/runs/quiz-count.stdout", "4\n"),
        |f| vec![quiz_line(f, 3, 0), "the answer to Question 1-3 has changed".into(), "\"3\\n\"".into(), "\"4\\n\"".into(), "cargo xtask bless --quizzes".into()],
    );
}

#[test]
fn a_question_whose_error_changed() {
    quiz_problem(
        "quiz-error-changed",
        |f| f.write("listings/demo/fails/quiz-moved-again.stderr", "error[E0505]: cannot move out of `a` because it is borrowed\n"),
        |f| vec![quiz_line(f, 2, 8), "E0382 is not the error".into(), "(E0505)".into()],
    );
}

#[test]
fn a_question_whose_error_became_a_wrong_choice() {
    quiz_problem(
        "quiz-error-became-distractor",
        |f| f.write("listings/demo/fails/quiz-moved-again.stderr", "error[E0499]: cannot borrow `a` as mutable more than once at a time\n"),
        |f| vec![quiz_line(f, 2, 3), "E0499 is the error".into(), "no `label`".into()],
    );
}

#[test]
fn a_wrong_output_that_is_the_real_one() {
    quiz_problem(
        "quiz-distractor-is-output",
        |f| f.edit("src/demo/more.md", "output = \"2\"", "output = \"3\""),
        |_| vec!["src/demo/more.md:".into(), "this output is what listings/demo/runs/quiz-count.rs prints".into()],
    );
}

#[test]
fn a_right_explanation_that_names_another_error() {
    quiz_problem(
        "quiz-why-names-wrong-code",
        |f| f.edit("src/demo/more.md", "E0382: `a` is used", "E0505: `a` is used"),
        |f| vec![quiz_line(f, 1, 0), "names E0505".into(), "shows E0382".into()],
    );
}

#[test]
fn a_question_whose_listing_is_also_shown() {
    quiz_problem(
        "quiz-listing-shown",
        |f| {
            let text = std::fs::read_to_string(f.path("src/demo/index.md")).unwrap();
            f.write("src/demo/index.md", &format!("{text}\n{{{{#listing ../../listings/demo/runs/quiz-count.rs \"Counting\"}}}}\n"));
        },
        |f| vec![quiz_line(f, 3, 0), "is also shown at src/demo/index.md".into()],
    );
}

#[test]
fn a_question_without_a_recorded_answer() {
    quiz_problem(
        "quiz-not-recorded",
        |f| f.write("tests/book/quizzes.toml", "\"listings/demo/fails/quiz-moved.rs\" = \"fails E0382\"\n\"listings/demo/fails/quiz-moved-again.rs\" = \"fails E0382\"\n"),
        |f| vec![quiz_line(f, 3, 0), "Question 1-3 is new".into()],
    );
}

#[test]
fn a_question_whose_verdict_is_not_offered() {
    quiz_problem(
        "quiz-verdict-missing",
        |f| f.edit("src/demo/more.md", "verdict = \"fails\"", "verdict = \"panics\""),
        |f| vec![quiz_line(f, 1, 0), "no choice is the verdict `fails`".into()],
    );
}

#[test]
fn a_question_that_is_not_toml() {
    lint_problem(
        "quiz-not-toml",
        |f| {
            let text = std::fs::read_to_string(f.path("src/demo/more.md")).unwrap();
            f.write("src/demo/more.md", &format!("{text}\n```quiz\nlisting = \n```\n"));
        },
        &["src/demo/more.md:", "not valid TOML"],
    );
}
