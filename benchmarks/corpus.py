"""A generated corpus of realistic raw article dumps for the speed benchmark (fixed seed).

Each dump looks like what a scraper returns for a news page's column: headline, byline and date,
share buttons, paragraphs of sentences, a photo with file name, caption and credit, sometimes a
paragraph repeated, a "Related" block, a newsletter prompt and a copyright line. A share of the
articles is in German, French, Russian or Chinese; some lines carry mojibake (UTF-8 read as
Latin-1) or HTML remnants (tags, entities); some lines are nbsp-only. Same seed, same corpus.

    python benchmarks/corpus.py --docs 3 --seed 7      # print three dumps
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator

_NEWS_WORDS = """
the government said on monday that it would review the plan after months of talks with
unions and business groups while officials in the capital warned that prices could rise
again this year as the central bank weighs another increase in interest rates analysts
expect growth to slow in the second half of the year but the minister told reporters the
economy remained resilient despite higher energy costs and weaker demand from abroad
residents of the city have complained about delays to the new rail line which was due to
open last spring the company reported a rise in quarterly profit driven by strong sales of
its latest models police said two people were arrested after the protest turned violent
late on saturday night the council will vote next week on a proposal to expand the park
and build more affordable housing near the river scientists found that the species had
adapted to warmer water faster than expected according to a study published in the journal
on thursday the team won its third straight match after a late goal in extra time sent
fans into the streets to celebrate
"""
WORDS = tuple(_NEWS_WORDS.split())
NAMES = (
    "Anna Keller",
    "James O\u2019Brien",
    "María Núñez",
    "Li Wei",
    "Olga Petrova",
    "David Cohen",
    "Fatima Malik",
    "Jörg Becker",
    "Sophie Laurent",
    "Kwame Mensah",
    "Zoë Dupré",
)
PLACES = ("LONDON", "BERLIN", "PARIS", "MOSCOW", "BEIJING", "NEW YORK", "LAGOS", "SYDNEY")
MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)

FOREIGN = {
    "de": (
        "Die Regierung will den Plan nach langen Gesprächen mit den Gewerkschaften überprüfen.",
        "Nach Angaben der Polizei wurden am Samstagabend zwei Personen festgenommen.",
        "Die Straße bleibt wegen der Bauarbeiten bis Ende März gesperrt.",
        "Ökonomen rechnen damit, dass das Wachstum im zweiten Halbjahr schwächer ausfällt.",
        "Der Bürgermeister sagte, die Stadt müsse mehr günstige Wohnungen bauen.",
    ),
    "fr": (
        "Le gouvernement a annoncé lundi qu'il réexaminerait le projet après des négociations.",
        "Selon la police, deux personnes ont été interpellées samedi soir après la manifestation.",
        "Les économistes prévoient un ralentissement de la croissance au second semestre.",
        "Le maire a déclaré que la ville devait construire davantage de logements abordables.",
        "L'équipe a remporté son troisième match d'affilée grâce à un but à la dernière minute.",
    ),
    "ru": (
        "Правительство заявило в понедельник, что пересмотрит план после переговоров.",
        "По данным полиции, в субботу вечером были задержаны два человека.",
        "Экономисты ожидают замедления роста во второй половине года.",
        "Мэр сказал, что городу нужно строить больше доступного жилья.",
        "Команда одержала третью победу подряд благодаря голу на последней минуте.",
    ),
    "zh": (
        "政府周一表示，在与工会和企业团体进行数月谈判后，将重新审议该计划。",
        "警方称，周六晚间抗议活动演变为暴力冲突后，两人被捕。",
        "经济学家预计，下半年经济增长将放缓。",
        "市长表示，城市需要建造更多经济适用房。",
        "该队凭借最后一分钟的进球取得三连胜，球迷涌上街头庆祝。",
    ),
}
SHARE = (
    "Share on Facebook",
    "Share on Twitter",
    "Tweet",
    "Email",
    "Print",
    "Copy link",
    "WhatsApp",
    "Share this article",
    "Comments",
    "Follow us on Twitter",
)
RELATED_HEADINGS = (
    "Related Articles",
    "Read more",
    "More from World",
    "You may also like",
    "Most Read",
    "Recommended",
)
PROMPTS = (
    "Sign up for our daily newsletter",
    "Subscribe now for unlimited access",
    "Advertisement",
    "ADVERTISEMENT",
    "Click here to read more",
    "Listen to this article",
)
CREDITS = (
    "(Photo: Reuters)",
    "[Photo/Xinhua]",
    "Getty Images",
    "AP Photo/John Smith",
    "Photograph: Alamy",
    "(Credit: Shutterstock)",
)


class _Gen:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def sentence(self, lo: int = 8, hi: int = 26) -> str:
        words = [self.r.choice(WORDS) for _ in range(self.r.randint(lo, hi))]
        if self.r.random() < 0.15:
            words.insert(self.r.randrange(len(words)), self.r.choice(NAMES).split()[1])
        if self.r.random() < 0.1:
            words.insert(self.r.randrange(len(words)), f"{self.r.randint(2, 98)}%")
        s = " ".join(words)
        s = s[0].upper() + s[1:]
        if self.r.random() < 0.12:
            return f"\u201c{s},\u201d {self.r.choice(NAMES)} said."
        return s + self.r.choice((".", ".", ".", ".", "?", "!"))

    def paragraph(self, lang: str) -> str:
        if lang != "en":
            return " ".join(self.r.choice(FOREIGN[lang]) for _ in range(self.r.randint(1, 4)))
        return " ".join(self.sentence() for _ in range(self.r.randint(1, 5)))

    def title(self, lang: str) -> str:
        if lang != "en":
            return self.r.choice(FOREIGN[lang]).rstrip(".。")
        t = " ".join(self.r.choice(WORDS) for _ in range(self.r.randint(5, 12)))
        return t.title()

    def byline(self) -> list[str]:
        r = self.r
        date = f"{r.choice(MONTHS)} {r.randint(1, 28)}, 20{r.randint(19, 26)}"
        return r.choice(
            (
                [
                    f"By {r.choice(NAMES)}",
                    f"Published {date} {r.randint(1, 12)}:{r.randint(0, 59):02d} PM ET",
                ],
                [f"By {r.choice(NAMES)} and {r.choice(NAMES)} | {date}"],
                [f"{r.choice(NAMES)}, Reporter", f"Updated: {date}"],
            )
        )

    def image(self) -> list[str]:
        r = self.r
        name = r.choice(
            ("IMG_{n}.jpg", "photo-{n}.JPG", "{n}_hero-image.png", "gettyimages-{n}.webp")
        )
        out = [name.format(n=r.randint(1000, 999999))]
        cap = self.sentence(6, 16).rstrip(".?!")
        out.append(f"{cap}. {r.choice(CREDITS)}")
        return out

    def html_remnant(self, line: str) -> str:
        """A tag or entity left by a sloppy HTML-to-text step."""
        r = self.r
        x = r.random()
        if x < 0.3:
            return f"<p>{line}</p>"
        if x < 0.6:
            return line.replace(" and ", " &amp; ", 1).replace(" the ", "&nbsp;the ", 1)
        if x < 0.85:
            w = line.split(" ")
            i = r.randrange(len(w))
            w[i] = f'<a href="https://example.com/{r.randint(1, 9999)}">{w[i]}</a>'
            return " ".join(w)
        return line + "<br/>"

    def article(self) -> str:
        r = self.r
        lang = r.choices(("en", "de", "fr", "ru", "zh"), weights=(80, 5, 5, 5, 5))[0]
        # Non-ASCII even in English copy: typographic quotes, accented names, dashes, nbsp.
        lines: list[str] = [self.title(lang), ""]
        lines += self.byline()
        if r.random() < 0.6:
            lines += r.sample(SHARE, r.randint(2, 4))
        if r.random() < 0.7:
            lines += self.image()
        paras = [self.paragraph(lang) for _ in range(r.randint(4, 16))]
        if lang == "en" and r.random() < 0.5:
            paras[0] = f"{r.choice(PLACES)} \u2014 " + paras[0]
        for i, p in enumerate(paras):
            lines += ["", p]
            if i == 2 and r.random() < 0.3:
                lines += ["", r.choice(PROMPTS)]
            if i == 4 and r.random() < 0.3:
                lines += ["", *self.image()]
            if r.random() < 0.04:
                lines += ["", "\u00a0"]
        if r.random() < 0.15 and len(paras) > 3:
            lines += ["", paras[r.randrange(len(paras))]]  # in-article repeat
        if r.random() < 0.7:
            lines += ["", r.choice(RELATED_HEADINGS)]
            lines += [self.title("en") for _ in range(r.randint(2, 5))]
        if r.random() < 0.5:
            lines += ["", r.choice(PROMPTS)]
        lines += ["", f"\u00a9 20{r.randint(19, 26)} Example Media Group. All rights reserved."]
        if r.random() < 0.15:  # UTF-8 bytes read as Latin-1 on a few non-ASCII lines
            idx = [i for i, ln in enumerate(lines) if not ln.isascii() and ln.strip("\u00a0")]
            for i in r.sample(idx, min(len(idx), r.randint(1, 3))):
                lines[i] = lines[i].encode("utf-8").decode("latin-1")
        if r.random() < 0.2:  # HTML remnants on a few lines
            idx = [i for i, ln in enumerate(lines) if ln.strip()]
            for i in r.sample(idx, min(len(idx), r.randint(1, 4))):
                lines[i] = self.html_remnant(lines[i])
        return "\n".join(lines) + "\n"


def generate(n: int, seed: int = 20261129) -> Iterator[str]:
    """``n`` article dumps; the same ``seed`` always yields the same texts."""
    g = _Gen(random.Random(seed))
    for _ in range(n):
        yield g.article()


def main() -> None:
    ap = argparse.ArgumentParser(
        description="Print generated article dumps (speed-benchmark corpus)."
    )
    ap.add_argument("--docs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=20261129)
    args = ap.parse_args()
    for i, text in enumerate(generate(args.docs, args.seed)):
        print(f"===== doc {i} =====")
        print(text)


if __name__ == "__main__":
    main()
