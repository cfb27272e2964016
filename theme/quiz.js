// The questions of a page (```quiz blocks, crates/book/src/quiz/): the
// reader picks a prediction and checks it; the result is announced (the
// result paragraph has role="status"), the explanations open, and the
// answer is kept in this browser only (localStorage), so each question
// shows the chapter's score. Without this script each answer is behind its
// <details>, and nothing is stored.
(function () {
    "use strict";
    var PREFIX = "rust-memory-book:quiz:";

    function storage() {
        try {
            var s = window.localStorage;
            s.getItem(PREFIX);
            return s;
        } catch (e) {
            return null;
        }
    }

    function load(id) {
        var s = storage();
        if (!s) return null;
        try {
            return JSON.parse(s.getItem(PREFIX + id));
        } catch (e) {
            return null;
        }
    }

    function save(id, value) {
        var s = storage();
        if (!s) return;
        try {
            s.setItem(PREFIX + id, JSON.stringify(value));
        } catch (e) {
            // A full or disabled storage only loses the score.
        }
    }

    function score(chapter) {
        var s = storage();
        var answered = 0;
        var right = 0;
        if (!s) return null;
        var key = PREFIX + "question-" + chapter + "-";
        for (var i = 0; i < s.length; i++) {
            var k = s.key(i);
            if (k && k.indexOf(key) === 0) {
                answered++;
                var v = load(k.slice(PREFIX.length));
                if (v && v.right) right++;
            }
        }
        return { answered: answered, right: right };
    }

    function showScores() {
        var shown = document.querySelectorAll("section.quiz p.quiz-score");
        for (var i = 0; i < shown.length; i++) {
            var p = shown[i];
            var got = score(p.getAttribute("data-chapter"));
            if (!got) continue;
            p.textContent = "Chapter " + p.getAttribute("data-chapter") + ": " +
                got.answered + " of " + p.getAttribute("data-questions") +
                " questions answered, " + got.right + " right (kept in this browser only).";
            p.hidden = false;
        }
    }

    // A choice as the result names it: its letter and text, or for an
    // output (several lines) its letter alone.
    function labelText(label) {
        var letter = label.querySelector(".quiz-letter");
        if (label.querySelector(".quiz-output") && letter) {
            return letter.textContent.replace(".", "");
        }
        return label.textContent.replace(/\s+/g, " ").trim();
    }

    function mark(quiz, chosen, announce) {
        var answer = quiz.getAttribute("data-answer");
        var right = String(chosen) === answer;
        var labels = quiz.querySelectorAll("fieldset.quiz-choices label");
        var items = quiz.querySelectorAll("ul.quiz-whys li");
        for (var i = 0; i < labels.length; i++) {
            var isChosen = String(i) === String(chosen);
            labels[i].classList.toggle("chosen", isChosen);
            labels[i].classList.toggle("quiz-right", String(i) === answer);
            labels[i].classList.toggle("quiz-wrong", String(i) !== answer);
        }
        for (var j = 0; j < items.length; j++) {
            items[j].classList.toggle("chosen", items[j].getAttribute("data-choice") === String(chosen));
        }
        var result = quiz.querySelector("p.quiz-result");
        var rightLabel = labelText(labels[Number(answer)]);
        var text = right
            ? "Right: " + rightLabel + "."
            : "Not quite: you chose \u201c" + labelText(labels[chosen]) +
              "\u201d. The answer is \u201c" + rightLabel + "\u201d.";
        if (!announce) text = "Your earlier answer. " + text;
        result.textContent = text + " The explanations are open below.";
        quiz.querySelector("details.quiz-answer").open = true;
        quiz.classList.add("answered");
        return right;
    }

    function setUp(quiz) {
        var id = quiz.id;
        var button = quiz.querySelector("p.quiz-check button");
        quiz.querySelector("p.quiz-check").hidden = false;
        button.addEventListener("click", function () {
            var picked = quiz.querySelector("input[type=radio]:checked");
            var result = quiz.querySelector("p.quiz-result");
            if (!picked) {
                result.textContent = "Choose one of the answers first.";
                return;
            }
            var chosen = Number(picked.value);
            var right = mark(quiz, chosen, true);
            save(id, { choice: chosen, right: right });
            showScores();
        });
        var earlier = load(id);
        if (earlier && typeof earlier.choice === "number") {
            var input = quiz.querySelector("input[type=radio][value=\"" + earlier.choice + "\"]");
            if (input) {
                input.checked = true;
                mark(quiz, earlier.choice, false);
            }
        }
    }

    var quizzes = document.querySelectorAll("section.quiz");
    for (var i = 0; i < quizzes.length; i++) setUp(quizzes[i]);
    if (quizzes.length) showScores();
})();
