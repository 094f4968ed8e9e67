"""The dashboard in a real browser: headless Chromium (Debian's chromium and chromium-driver) driven by
Selenium against the real server on 127.0.0.1, over a store of examples/.

The page loads with no console error and shows the events on the timeline, the map and the table;
filtering changes the table and the URL; clicking an event shows its sentence with the spans
highlighted and the other reports of its happening; the map and the table work from the keyboard.
Screenshots go to the test's temporary folder; ``FLASHPOINT_DOCS_SCREENSHOT=1`` also writes the
README's picture, ``docs/dashboard.png``.

Without a browser the tests skip, saying how to install one; CI sets ``FLASHPOINT_REQUIRE_BROWSER=1``,
and there a missing browser fails them instead.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

pytest.importorskip("fastapi")

from flashpoint.serve import ServerStore, create_app  # noqa: E402
from flashpoint.store import Store  # noqa: E402

from serve_helpers import live_server, store_with_cluster  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
INSTALL = ("headless Chromium is needed: apt-get install chromium chromium-driver (Debian, as root) and "
           "pip install selenium (the dev extras)")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,2200")
DOCS_SCREENSHOT = "FLASHPOINT_DOCS_SCREENSHOT"
REQUIRE = "FLASHPOINT_REQUIRE_BROWSER"


def _missing(reason: str) -> None:
    if os.environ.get(REQUIRE) == "1":
        pytest.fail(f"{reason}; {INSTALL} ({REQUIRE}=1: required here)")
    pytest.skip(f"{reason}; {INSTALL}")


def _browser() -> tuple[str, str]:
    try:
        import selenium  # noqa: F401
    except ImportError:
        _missing("selenium is not installed")
    binary = next((shutil.which(n) for n in ("chromium", "chromium-browser") if shutil.which(n)), None)
    driver = shutil.which("chromedriver")
    if binary is None or driver is None:
        _missing("no Chromium or chromedriver on PATH")
    return binary, driver


@pytest.fixture(scope="module")
def site(example_store, tmp_path_factory):
    path = tmp_path_factory.mktemp("browser") / "clustered.duckdb"
    cluster_id, members = store_with_cluster(example_store, path)
    with Store.open(path, read_only=True) as store:
        with live_server(create_app(ServerStore(store))) as base:
            yield base, cluster_id, members


@pytest.fixture(scope="module")
def driver():
    binary, chromedriver = _browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = binary
    profile = tempfile.mkdtemp(prefix="flashpoint-chromium-")
    for flag in FLAGS + (f"--user-data-dir={profile}",):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(chromedriver), options=options)
    browser.set_page_load_timeout(30)
    yield browser
    browser.quit()
    shutil.rmtree(profile, ignore_errors=True)


def wait(driver, condition, seconds: float = 15):
    """Until ``condition`` holds; an element replaced while it was read (the page re-renders) counts
    as not yet."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds, ignored_exceptions=(StaleElementReferenceException,)).until(condition)


def find(driver, css):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, css)


def console_errors(driver) -> list[dict]:
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def table_rows(driver) -> list[list[str]]:
    """The table's cells as shown, read in one step (the table may be re-rendered meanwhile)."""
    return driver.execute_script("return [...document.querySelectorAll('#events tbody tr')]"
                                 ".map(tr => [...tr.cells].map(td => td.innerText))")


def query(driver) -> dict[str, list[str]]:
    return parse_qs(urlparse(driver.current_url).query)


def test_the_page_shows_the_events_everywhere_with_no_console_error(driver, site, tmp_path):
    base, _, _ = site
    driver.get(base + "/")
    wait(driver, lambda d: len(find(d, "#events tbody tr")) > 0)
    wait(driver, lambda d: len(find(d, "#map circle.place")) > 0 and len(find(d, "#timeline rect")) > 0)
    wait(driver, lambda d: "events from" in find(d, "#store-summary")[0].text)
    assert len(find(driver, "#events tbody tr")) == 25
    assert len(find(driver, "#map path.land")) > 150
    assert len(find(driver, "#timeline rect")) >= 5
    labels = [c.get_attribute("aria-label") for c in find(driver, "#map circle.place")]
    assert any(label.startswith("Nairobi, KEN") for label in labels)
    driver.save_screenshot(str(tmp_path / "dashboard.png"))
    assert console_errors(driver) == []


def test_filtering_changes_the_table_and_the_url(driver, site, tmp_path):
    base, _, _ = site
    driver.get(base + "/")
    wait(driver, lambda d: len(find(d, "#events tbody tr")) == 25)
    before = table_rows(driver)
    field = find(driver, "#f-actor")[0]
    field.clear()
    field.send_keys("KEN")
    find(driver, "#f-status")[0].send_keys("every")
    find(driver, "#filters button[type=submit]")[0].click()
    wait(driver, lambda d: table_rows(d) != before and len(table_rows(d)) > 0)
    rows = table_rows(driver)
    assert all("KEN" in row[1] or "KEN" in row[3] for row in rows), rows
    assert query(driver)["actor"] == ["KEN"] and query(driver)["status"] == ["all"]
    driver.save_screenshot(str(tmp_path / "filtered.png"))
    # the state lives in the URL: a reload (or a shared link) shows the same view
    driver.refresh()
    wait(driver, lambda d: table_rows(d) == rows)
    assert find(driver, "#f-actor")[0].get_attribute("value") == "KEN"
    # a filter nothing matches says so
    field = find(driver, "#f-q")[0]
    field.send_keys("zzzz-no-such-words")
    find(driver, "#filters button[type=submit]")[0].click()
    wait(driver, lambda d: "No event" in find(d, "#table-status")[0].text)
    # back restores the previous view
    driver.back()
    wait(driver, lambda d: table_rows(d) == rows)
    assert console_errors(driver) == []


def test_a_bad_filter_shows_the_servers_message(driver, site):
    base, _, _ = site
    driver.get(base + "/?actor=XXQ")
    wait(driver, lambda d: find(d, "#error")[0].is_displayed())
    assert "[E709]" in find(driver, "#error")[0].text
    driver.get_log("browser")  # the 400 answers are logged by Chromium itself


def test_clicking_an_event_shows_its_sentence_highlighted(driver, site, tmp_path):
    base, cluster_id, members = site
    driver.get(f"{base}/?actor=KEN")
    wait(driver, lambda d: len(find(d, "#events tbody tr")) > 0)
    row = next(tr for tr in find(driver, "#events tbody tr") if tr.get_attribute("data-id") == members[0])
    row.click()
    wait(driver, lambda d: find(d, "#evidence-sentence"))
    marks = {m.get_attribute("class"): m.text for m in find(driver, "#evidence-sentence mark")}
    assert {"hl-source", "hl-trigger", "hl-target", "hl-place"} <= set(marks), marks
    assert marks["hl-trigger"] == "met" and marks["hl-place"] == "Nairobi"
    evidence = find(driver, "#evidence")[0].text
    assert "Status" in evidence and "Confidence" in evidence and "Why" in evidence
    others = find(driver, "#evidence .others button")
    assert len(others) == len(members) - 1
    assert query(driver)["event"] == [members[0]]
    assert row.get_attribute("aria-selected") == "true"
    driver.save_screenshot(str(tmp_path / "evidence.png"))
    # another report of the same happening opens from the list
    others[0].click()
    wait(driver, lambda d: query(d)["event"] != [members[0]])
    assert query(driver)["event"][0] in members[1:]
    assert console_errors(driver) == []


def test_the_map_and_the_table_work_from_the_keyboard(driver, site):
    from selenium.webdriver.common.keys import Keys

    base, _, _ = site
    driver.get(base + "/?status=all")
    wait(driver, lambda d: len(find(d, "#map circle.place")) > 0 and len(find(d, "#events tbody tr")) > 0)
    circle = next(c for c in find(driver, "#map circle.place") if c.get_attribute("aria-label").startswith("Kyiv"))
    driver.execute_script("arguments[0].focus()", circle)
    circle.send_keys(Keys.ENTER)
    wait(driver, lambda d: find(d, "#evidence-sentence"))
    assert "Kyiv" in find(driver, "#evidence")[0].text
    first = find(driver, "#events tbody tr")[0]
    driver.execute_script("arguments[0].focus()", first)
    first.send_keys(Keys.ARROW_DOWN)
    second = find(driver, "#events tbody tr")[1]
    assert driver.switch_to.active_element == second
    second.send_keys(Keys.ENTER)
    wait(driver, lambda d: query(d).get("event") == [second.get_attribute("data-id")])
    # sorting from a column header
    header = find(driver, "#events th[data-sort=confidence] button")[0]
    header.click()
    wait(driver, lambda d: find(d, "#events th[data-sort=confidence]")[0].get_attribute("aria-sort") == "descending")
    wait(driver, lambda d: query(d).get("sort") == ["-confidence"])
    confidences = [float(row[6]) for row in table_rows(driver)]
    assert confidences == sorted(confidences, reverse=True)
    assert console_errors(driver) == []


def test_every_field_has_a_label(driver, site):
    base, _, _ = site
    driver.get(base + "/")
    wait(driver, lambda d: len(find(d, "#events tbody tr")) > 0)
    for field in find(driver, "#filters input, #filters select"):
        field_id = field.get_attribute("id")
        assert find(driver, f"label[for='{field_id}']"), field_id


def test_the_readme_screenshot(driver, site, tmp_path):
    """The README's picture: the examples with one event's evidence open (written to docs/ only when
    FLASHPOINT_DOCS_SCREENSHOT=1)."""
    base, _, members = site
    driver.set_window_size(1280, 1500)
    driver.get(f"{base}/?status=all&event={members[0]}")
    wait(driver, lambda d: find(d, "#evidence-sentence") and len(find(d, "#map circle.place")) > 0)
    wait(driver, lambda d: len(find(d, "#timeline rect")) > 0)
    driver.execute_script("window.scrollTo(0, 0)")
    shot = tmp_path / "dashboard-evidence.png"
    driver.save_screenshot(str(shot))
    assert shot.stat().st_size > 20_000
    if os.environ.get(DOCS_SCREENSHOT) == "1":
        target = ROOT / "docs" / "dashboard.png"
        target.parent.mkdir(exist_ok=True)
        shutil.copy(shot, target)
    driver.set_window_size(1280, 2200)
    assert console_errors(driver) == []


def test_alerts_are_marked_on_the_timeline(driver, site, monkeypatch):
    """The analysis's alerts for the country shown come as a mark on their period."""
    from flashpoint.serve import analysis_bridge

    def alerts_for(reader, selection, *, since=None, until=None):
        return [{"who": selection.actor, "day": "2023-05-11", "first_day": "2023-05-10",
                 "what": f"{selection.actor}: material conflict above its baseline"}]

    monkeypatch.setattr(analysis_bridge, "alerts_for", alerts_for)
    monkeypatch.setattr(analysis_bridge, "available", lambda: True)
    base, _, _ = site
    driver.get(f"{base}/?actor=ETH&period=year&status=all")
    wait(driver, lambda d: len(find(d, "#timeline .alert-mark")) == 1)
    title = find(driver, "#timeline .alert-mark title")[0].get_attribute("textContent")
    assert title == "Alert 2023-05-11: ETH: material conflict above its baseline"
    assert console_errors(driver) == []
