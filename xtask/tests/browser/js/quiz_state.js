// The state of question arguments[0] (an id): its right choice, how many
// choices, the result line, whether the answer is open, the choice marked
// as chosen, whether it is marked wrong, and the chapter score line.
const quiz = document.getElementById(arguments[0]);
const chosen = quiz.querySelector("fieldset label.chosen");
const li = quiz.querySelector("ul.quiz-whys li.chosen");
const score = quiz.querySelector("p.quiz-score");
return {
    answer: Number(quiz.dataset.answer),
    choices: quiz.querySelectorAll("input[type=radio]").length,
    result: quiz.querySelector("p.quiz-result").textContent,
    resultRole: quiz.querySelector("p.quiz-result").getAttribute("role"),
    open: quiz.querySelector("details.quiz-answer").open,
    chosenWrong: chosen ? chosen.classList.contains("quiz-wrong") : null,
    explanationShown: li ? li.textContent : null,
    buttonShown: !quiz.querySelector("p.quiz-check").hidden,
    score: score.hidden ? null : score.textContent,
    focused: document.activeElement ? document.activeElement.outerHTML.slice(0, 80) : null,
};
