#!/usr/bin/env python3
"""The scikit-learn equivalent of `askback recommend POSTING`, for timing a whole
process against AskBack: import scikit-learn, fit TF-IDF (sublinear tf, l2) on the
corpus questions (text plus keywords) and job descriptions, vectorise the posting,
rank the questions of the first-round stage by cosine similarity, print the top 10.

    python3 sklearn_recommend.py Corpus Examples/registered-nurse.txt
"""
import json
import sys

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer


def main():
    corpus, posting_path = sys.argv[1], sys.argv[2]
    with open(f"{corpus}/questions.jsonl", encoding="utf-8") as f:
        questions = [json.loads(line) for line in f if line.strip()]
    with open(f"{corpus}/descriptions.jsonl", encoding="utf-8") as f:
        descriptions = [json.loads(line) for line in f if line.strip()]
    with open(posting_path, encoding="utf-8") as f:
        posting = f.read()
    texts = [q["text"] + "\n" + "\n".join(q.get("keywords", [])) for q in questions]
    fit = texts + [d["title"] + "\n\n" + d["text"] for d in descriptions]
    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english")
    vectorizer.fit(fit)
    scores = (vectorizer.transform(texts) @ vectorizer.transform([posting]).T).toarray().ravel()
    allowed = np.array(["first-round" in q["stages"] for q in questions])
    scores[~allowed] = -1
    for i in np.argsort(-scores, kind="stable")[:10]:
        print(questions[i]["text"])


if __name__ == "__main__":
    main()
