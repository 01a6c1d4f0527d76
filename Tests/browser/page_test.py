#!/usr/bin/env python3
"""Drives the page of `askback serve` in headless Chromium, as a person would.

    python3 Tests/browser/page_test.py --url http://127.0.0.1:PORT/ \
        --posting Examples/registered-nurse.txt --screenshot docs/serve-page.png

Three runs: with JavaScript, the posting typed into the box and submitted in place; without
JavaScript, the plain form post; and a posting holding <script>alert(1)</script>, which must
show as text and run nothing. Each run finds every question that /v1/recommend gives for the
same text under the result's category headings, and the browser's console must stay free of
errors (a Content-Security-Policy violation is one). Then the prep sheet of
/v1/prep?format=html must render with its own stylesheet, which its Content-Security-Policy
names by hash. Exits 1 on the first failure.
"""
import argparse
import base64
import hashlib
import json
import sys
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

XSS = "<script>alert(1)</script>"


def make_driver(javascript, chromium, chromedriver):
    options = Options()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1000,2300", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)


def expected_questions(url, text):
    request = urllib.request.Request(
        url + "v1/recommend", data=json.dumps({"text": text}).encode(),
        headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        questions = json.load(response)["questions"]
    # The page groups them under their categories, in the order of each category's best one.
    order = []
    for q in questions:
        if q["category"] not in order:
            order.append(q["category"])
    return [q["text"] for category in order for q in questions if q["category"] == category]


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def submit(driver, url, text, javascript):
    driver.get(url)
    box = driver.find_element(By.ID, "text")
    check(driver.find_element(By.CSS_SELECTOR, "label[for=text]").text == "Job posting",
          "the text area has no label")
    if javascript:
        # In one go, as a paste puts it there.
        driver.execute_script("arguments[0].value = arguments[1];", box, text)
    else:
        box.send_keys(text)
    driver.find_element(By.ID, "submit").click()
    WebDriverWait(driver, 30).until(
        expected_conditions.presence_of_element_located((By.ID, "result-title")))


def check_result(driver, url, text, label):
    title = driver.find_element(By.ID, "result-title").text
    check(title.startswith("Questions to ask"), f"{label}: unexpected title {title!r}")
    shown = [item.text for item in driver.find_elements(By.CSS_SELECTOR, "#result ol li")]
    wanted = expected_questions(url, text)
    check(shown == wanted, f"{label}: the page shows {shown!r}, the API gives {wanted!r}")
    headings = driver.find_elements(By.CSS_SELECTOR, "#result h3")
    check(len(headings) >= 4, f"{label}: fewer than four category headings")
    for name in ("Download prep sheet (Markdown)", "Download prep sheet (HTML)"):
        check(any(b.text == name for b in driver.find_elements(By.TAG_NAME, "button")),
              f"{label}: no {name} button")
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    check(not errors, f"{label}: console errors {errors!r}")
    return title, len(shown)


def check_prep_sheet(driver, url, text):
    """Posts the form to /v1/prep?format=html and checks the sheet renders with its own style.

    The sheet is served with a Content-Security-Policy naming its inline stylesheet by SHA-256:
    the hash must match the style element (computed here with hashlib), the browser must apply
    the style (the section headings' colour) and log no policy violation.
    """
    request = urllib.request.Request(
        url + "v1/prep?format=html", data=json.dumps({"text": text}).encode(),
        headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        policy = response.headers["Content-Security-Policy"]
        html = response.read().decode()
    style = html[html.index("<style>") + len("<style>"):html.index("</style>")]
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    check(f"style-src 'sha256-{digest}'" in policy, f"the sheet's policy {policy!r} misses its hash")
    driver.get(url)
    driver.execute_script(
        "const form = document.createElement('form');"
        "form.method = 'post'; form.action = '/v1/prep?format=html';"
        "const box = document.createElement('textarea'); box.name = 'text';"
        "box.value = arguments[0]; form.appendChild(box);"
        "document.body.appendChild(form); form.submit();", text)
    WebDriverWait(driver, 30).until(
        expected_conditions.presence_of_element_located((By.ID, "questions")))
    colour = driver.execute_script(
        "return getComputedStyle(document.querySelector('h2')).color")
    check(colour == "rgb(11, 61, 145)", f"the sheet's stylesheet did not apply ({colour})")
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    check(not errors, f"prep sheet: console errors {errors!r}")


def no_alert(driver):
    try:
        driver.switch_to.alert
        return False
    except NoAlertPresentException:
        return True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--posting", required=True)
    parser.add_argument("--screenshot")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    args = parser.parse_args()
    url = args.url if args.url.endswith("/") else args.url + "/"
    with open(args.posting, encoding="utf-8") as f:
        posting = f.read()

    driver = make_driver(True, args.chromium, args.chromedriver)
    try:
        submit(driver, url, posting, True)
        title, count = check_result(driver, url, posting, "javascript")
        check(driver.current_url.rstrip("/") == url.rstrip("/"), "the page left /")
        check(driver.find_element(By.ID, "print").is_displayed(), "no Print button with JavaScript")
        check(driver.find_element(By.ID, "copy").is_displayed(), "no Copy button with JavaScript")
        print(f"ok: javascript on: {title!r}, {count} questions")
        if args.screenshot:
            driver.execute_script("window.scrollTo(0, 0);")
            driver.save_screenshot(args.screenshot)
            print(f"ok: screenshot {args.screenshot}")

        hostile = XSS + "\nRegistered Nurse\n\nLakeshore Community Hospital is hiring nurses."
        submit(driver, url, hostile, True)
        check(no_alert(driver), "an alert opened: the posting's script ran")
        check(driver.find_element(By.ID, "text").get_attribute("value").startswith(XSS),
              "the posting's text did not come back as text")
        check(not driver.find_elements(By.XPATH, "//body//script[not(@src)]"),
              "a script element without src is in the page")
        check_result(driver, url, hostile, "script in posting")
        print("ok: <script>alert(1)</script> shows as text and runs nothing")
        check_prep_sheet(driver, url, posting)
        print("ok: the prep sheet from /v1/prep renders with its own hashed stylesheet")
    finally:
        driver.quit()

    driver = make_driver(False, args.chromium, args.chromedriver)
    try:
        submit(driver, url, posting, False)
        title, count = check_result(driver, url, posting, "no javascript")
        check(not driver.find_element(By.ID, "print").is_displayed(),
              "the Print button shows: JavaScript is still on")
        print(f"ok: javascript off: {title!r}, {count} questions")
    finally:
        driver.quit()
    print("browser test passed")


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # one line, then a failing exit code
        print(f"browser test FAILED: {error}", file=sys.stderr)
        sys.exit(1)
