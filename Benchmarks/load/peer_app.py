"""The load test's peer: the scikit-learn recommender of ../python/sklearn_recommend.py as a
Starlette app under uvicorn, built the way a Python user would build it: fit TF-IDF once at
start-up, then per request vectorise the posting, rank the questions of the stage by cosine
similarity and return the top ones as JSON.

    ASKBACK_CORPUS=Corpus uvicorn --app-dir Benchmarks/load peer_app:app --port 8081

POST /v1/recommend takes {"text": "...", "stage": "first-round", "top": 10} and answers
{"questions": [{"id", "text", "score"}, ...]}.
"""
import json
import os

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

CORPUS = os.environ.get("ASKBACK_CORPUS", "Corpus")


def load(name):
    with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


questions = load("questions.jsonl")
descriptions = load("descriptions.jsonl")
texts = [q["text"] + "\n" + "\n".join(q.get("keywords", [])) for q in questions]
vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english")
vectorizer.fit(texts + [d["title"] + "\n\n" + d["text"] for d in descriptions])
matrix = vectorizer.transform(texts)
stages = {}
for q in questions:
    for stage in q["stages"]:
        stages.setdefault(stage, np.zeros(len(questions), dtype=bool))
for i, q in enumerate(questions):
    for stage in q["stages"]:
        stages[stage][i] = True


async def recommend(request: Request):
    try:
        payload = await request.json()
        text = payload["text"]
    except (ValueError, KeyError, TypeError):
        return JSONResponse({"error": "expected {\"text\": ...}"}, status_code=400)
    stage = payload.get("stage", "first-round")
    top = int(payload.get("top", 10))
    if stage not in stages or not isinstance(text, str) or not text.strip():
        return JSONResponse({"error": "bad stage or empty text"}, status_code=400)
    scores = (matrix @ vectorizer.transform([text]).T).toarray().ravel()
    scores[~stages[stage]] = -1
    best = np.argsort(-scores, kind="stable")[:top]
    return JSONResponse({
        "questions": [
            {"id": questions[i]["id"], "text": questions[i]["text"], "score": round(float(scores[i]), 4)}
            for i in best
        ]
    })


app = Starlette(routes=[Route("/v1/recommend", recommend, methods=["POST"])])
