#!/usr/bin/env python3
"""Opens a prep sheet's HTML in headless Chromium, prints it to PDF and checks the PDF.

    python3 Tests/prep/print_check.py --html sheet.html --json sheet.json \
        --pdf sheet-a4.pdf --letter-pdf sheet-letter.pdf --max-pages 3 \
        [--hostile hostile.html]

The JSON is `askback prep --format json` for the same posting and options: every question
of the sheet and every date of its follow-up plan must be in the A4 PDF's text (read with
pdftotext), and the A4 PDF must have at most --max-pages pages. In the browser, the page must
load no resource from anywhere (it is one file), have `lang`, a label for every checkbox, and
log no error to the console. With --hostile, a sheet made from a posting full of markup must
show that markup as text and run nothing. Prints the figures; exits 1 on the first failure.
"""
import argparse
import base64
import json
import pathlib
import re
import subprocess
import sys

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.print_page_options import PrintOptions

A4 = (21.0, 29.7)
LETTER = (21.59, 27.94)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def make_driver(chromium, chromedriver):
    options = Options()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1000,1400", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)


def print_pdf(driver, size, path):
    options = PrintOptions()
    options.page_width, options.page_height = size
    # The sheet's print stylesheet sets the margins.
    options.margin_top = options.margin_bottom = options.margin_left = options.margin_right = 0
    options.background = False
    path.write_bytes(base64.b64decode(driver.print_page(options)))


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.M)
    check(match, f"pdfinfo gave no page count for {path}")
    return int(match.group(1))


def pdf_text(path):
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return normalise(text)


def normalise(text):
    # Typographic apostrophes and line breaks as the sheet writes them.
    return " ".join(text.replace("\u2019", "'").split())


def check_page(driver, url, label):
    driver.get(url)
    check(driver.execute_script("return document.documentElement.lang") == "en",
          f"{label}: no lang=\"en\"")
    resources = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")
    check(not resources, f"{label}: the page loads other resources: {resources}")
    unlabelled = driver.execute_script(
        "return [...document.querySelectorAll('input[type=checkbox]')]"
        ".filter(box => box.labels.length === 0 || !box.labels[0].textContent.trim()).length")
    check(unlabelled == 0, f"{label}: {unlabelled} checkboxes without a label")
    boxes = driver.execute_script(
        "return document.querySelectorAll('input[type=checkbox]').length")
    check(boxes > 0, f"{label}: no checkboxes")
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    check(not errors, f"{label}: console errors: {errors}")
    return boxes


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--html", required=True)
    parser.add_argument("--json", required=True)
    parser.add_argument("--pdf", required=True)
    parser.add_argument("--letter-pdf")
    parser.add_argument("--max-pages", type=int, default=3)
    parser.add_argument("--hostile")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    args = parser.parse_args()

    sheet = json.loads(pathlib.Path(args.json).read_text())
    questions = [q["text"] for section in ("questions", "closing", "offer")
                 for group in (sheet[section] or []) for q in group["questions"]]
    dates = [step["date"] for step in (sheet["follow_up"] or {}).get("steps", []) if step["date"]]
    check(questions, "the sheet has no questions")
    check(dates, "the sheet's plan has no dates (give an interview date)")

    driver = make_driver(args.chromium, args.chromedriver)
    try:
        url = pathlib.Path(args.html).resolve().as_uri()
        boxes = check_page(driver, url, "sheet")
        a4 = pathlib.Path(args.pdf)
        print_pdf(driver, A4, a4)
        if args.letter_pdf:
            print_pdf(driver, LETTER, pathlib.Path(args.letter_pdf))
        if args.hostile:
            driver.get(pathlib.Path(args.hostile).resolve().as_uri())
            try:
                alert = driver.switch_to.alert
                raise AssertionError(f"hostile posting: an alert ran: {alert.text!r}")
            except NoAlertPresentException:
                pass
            injected = driver.execute_script(
                "return document.querySelectorAll('script, img, iframe, [onerror]').length")
            check(injected == 0, f"hostile posting: {injected} injected elements in the page")
            body = normalise(driver.execute_script("return document.body.innerText"))
            check("<script>" in body, "hostile posting: the markup is not shown as text")
    finally:
        driver.quit()

    pages = pdf_pages(a4)
    text = pdf_text(a4)
    missing = [q for q in questions if normalise(q) not in text]
    check(not missing, f"A4 PDF: {len(missing)} questions missing, first: {missing[:1]}")
    missing_dates = [d for d in dates if d not in text]
    check(not missing_dates, f"A4 PDF: follow-up dates missing: {missing_dates}")
    check(pages <= args.max_pages, f"A4 PDF: {pages} pages, more than {args.max_pages}")
    report = (f"A4: {pages} pages, {len(questions)} questions and {len(dates)} follow-up dates "
              f"found, {boxes} labelled checkboxes")
    if args.letter_pdf:
        letter = pathlib.Path(args.letter_pdf)
        letter_text = pdf_text(letter)
        check(all(normalise(q) in letter_text for q in questions),
              "Letter PDF: questions missing")
        check(all(d in letter_text for d in dates), "Letter PDF: follow-up dates missing")
        report += f"; Letter: {pdf_pages(letter)} pages, all questions and dates found"
    print(report)


if __name__ == "__main__":
    try:
        main()
    except AssertionError as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
