"""Generated content for the benchmarks: news posts, outbox messages and a campaign, from a fixed seed.

Everything here is deterministic: the same seed gives byte-identical SQL, so two runs (and
the two database backends) measure the same data. The SQL is plain enough for both sqlite3
and psql ('' quoting, literal newlines inside strings, one transaction).
"""
import json
import random
import unicodedata

# 2026-11-01 00:00 UTC; posts go back two days apiece from here (fixed, not "now").
NEWS_BASE_TIME = 1793491200

CITIES = ["Pinecrest Landing", "Riverbend", "Lac-Sainte-Anne", "Port Caldwell", "Saint-Aurèle", "Maple Hollow",
          "Kouré", "Villa Quispara", "San Isidro del Monte", "Thanh Binh", "Krong Sen", "Abengourou",
          "Dédougou", "Cobija", "Bac Lieu", "Kampong Thom", "Sikasso", "Tarija"]
COUNTRIES = {
    "en": ["Bolivia", "Burkina Faso", "Cambodia", "Côte d'Ivoire", "Mali", "Viet Nam", "Colombia"],
    "fr": ["Bolivie", "Burkina Faso", "Cambodge", "Côte d'Ivoire", "Mali", "Viet Nam", "Colombie"],
    "es": ["Bolivia", "Burkina Faso", "Camboya", "Côte d'Ivoire", "Malí", "Viet Nam", "Colombia"],
}
TOPICS = {
    "en": ["local economic development", "women's entrepreneurship", "solid waste management", "land-use planning",
           "own-source revenue", "youth employment", "climate adaptation", "public markets", "citizen participation"],
    "fr": ["le développement économique local", "l'entrepreneuriat des femmes", "la gestion des déchets solides",
           "l'aménagement du territoire", "les recettes propres", "l'emploi des jeunes", "l'adaptation au climat",
           "les marchés publics", "la participation citoyenne"],
    "es": ["el desarrollo económico local", "el emprendimiento de las mujeres", "la gestión de residuos sólidos",
           "el ordenamiento territorial", "los ingresos propios", "el empleo juvenil", "la adaptación al clima",
           "los mercados públicos", "la participación ciudadana"],
}
TITLES = {
    "en": ["{city} and {city2} sign a partnership on {topic}", "Results workshop in {country}: {topic}",
           "Peer mission to {city}: lessons on {topic}", "A year of work on {topic} in {country}"],
    "fr": ["{city} et {city2} signent un partenariat sur {topic}", "Atelier de résultats en {country} : {topic}",
           "Mission de pairs à {city} : leçons sur {topic}", "Une année de travail sur {topic} en {country}"],
    "es": ["{city} y {city2} firman una alianza sobre {topic}", "Taller de resultados en {country}: {topic}",
           "Misión de pares a {city}: lecciones sobre {topic}", "Un año de trabajo sobre {topic} en {country}"],
}
SENTENCES = {
    "en": ["Elected officials and staff from {city} spent {n} days with their counterparts in {city2} to compare how each municipality handles {topic}.",
           "The partners agreed on a workplan with {n} activities, a shared budget and indicators broken down by sex and age.",
           "According to the mayor of {city}, the exchange has already changed the way the council plans {topic}.",
           "More than {n2} residents took part in public consultations organised during the mission.",
           "The program office in {country} will follow the results each quarter and publish them on this site.",
           "Technical staff will continue the work online, with a follow-up visit planned before the end of the year.",
           "The municipal team presented a first assessment, which the partners discussed line by line.",
           "Women made up {pct} % of the participants, above the program's target for this year."],
    "fr": ["Des élus et des employés de {city} ont passé {n} jours avec leurs homologues de {city2} pour comparer la manière dont chaque municipalité traite {topic}.",
           "Les partenaires ont convenu d'un plan de travail de {n} activités, d'un budget commun et d'indicateurs ventilés par sexe et par âge.",
           "Selon le maire de {city}, l'échange a déjà changé la façon dont le conseil planifie {topic}.",
           "Plus de {n2} habitants ont participé aux consultations publiques organisées pendant la mission.",
           "Le bureau du programme en {country} suivra les résultats chaque trimestre et les publiera sur ce site.",
           "Le personnel technique poursuivra le travail en ligne, et une visite de suivi est prévue avant la fin de l'année.",
           "L'équipe municipale a présenté un premier bilan, que les partenaires ont discuté point par point.",
           "Les femmes représentaient {pct} % des participants, au-dessus de la cible du programme pour cette année."],
    "es": ["Autoridades y personal de {city} pasaron {n} días con sus pares de {city2} para comparar cómo cada municipio gestiona {topic}.",
           "Los socios acordaron un plan de trabajo de {n} actividades, un presupuesto común e indicadores desagregados por sexo y edad.",
           "Según el alcalde de {city}, el intercambio ya cambió la forma en que el concejo planifica {topic}.",
           "Más de {n2} habitantes participaron en las consultas públicas organizadas durante la misión.",
           "La oficina del programa en {country} dará seguimiento a los resultados cada trimestre y los publicará en este sitio.",
           "El personal técnico continuará el trabajo en línea, con una visita de seguimiento prevista antes de fin de año.",
           "El equipo municipal presentó un primer balance, que los socios discutieron punto por punto.",
           "Las mujeres representaron el {pct} % de los participantes, por encima de la meta del programa para este año."],
}
HEADINGS = {
    "en": ["What was done", "Next steps", "Results so far", "In the words of the partners"],
    "fr": ["Ce qui a été fait", "Prochaines étapes", "Premiers résultats", "La parole aux partenaires"],
    "es": ["Lo que se hizo", "Próximos pasos", "Resultados hasta ahora", "En palabras de los socios"],
}
MORE = {"en": "Questions about this partnership are welcome through the [contact page](/contact).",
        "fr": "Vos questions sur ce partenariat sont les bienvenues sur la [page de contact](/contact).",
        "es": "Sus preguntas sobre esta alianza son bienvenidas en la [página de contacto](/contact)."}
LANGUAGES = ("en", "fr", "es")


def _slots(rng):
    city, city2 = rng.sample(CITIES, 2)
    return {"city": city, "city2": city2, "country_i": rng.randrange(7), "topic_i": rng.randrange(len(TOPICS["en"])),
            "n": rng.randint(3, 12), "n2": rng.randint(40, 900), "pct": rng.randint(38, 61)}


def _fill(template, lang, slots):
    return template.format(city=slots["city"], city2=slots["city2"], country=COUNTRIES[lang][slots["country_i"]],
                           topic=TOPICS[lang][slots["topic_i"]], n=slots["n"], n2=slots["n2"], pct=slots["pct"])


def _markdown(rng, lang, slots, target=2000):
    """A Markdown body of about `target` characters: paragraphs, headings, a list, a link."""
    parts = []
    headings = HEADINGS[lang][:]
    rng.shuffle(headings)
    while sum(len(p) + 2 for p in parts) < target - 150:
        if parts and len(parts) % 3 == 0 and headings:
            parts.append("## " + headings.pop())
        if len(parts) == 4:
            items = rng.sample(SENTENCES[lang], 3)
            parts.append("\n".join("- " + _fill(s, lang, slots) for s in items))
            continue
        sentences = rng.sample(SENTENCES[lang], rng.randint(2, 4))
        text = " ".join(_fill(s, lang, slots) for s in sentences)
        if rng.random() < 0.3:
            text = text.replace(slots["city"], "**" + slots["city"] + "**", 1)
        parts.append(text)
    parts.append(MORE[lang])
    return "\n\n".join(parts)


def _q(text):
    return "'" + text.replace("'", "''") + "'"


def news_posts(seed, count=200):
    """[(slug, title_json, summary_json, body_json, published_at)] for `count` posts."""
    rng = random.Random(seed)
    posts = []
    for i in range(count):
        slots = _slots(rng)
        title_i = rng.randrange(len(TITLES["en"]))
        title = {lang: _fill(TITLES[lang][title_i], lang, slots) for lang in LANGUAGES}
        summary = {lang: " ".join(_fill(s, lang, slots) for s in SENTENCES[lang][:2]) for lang in LANGUAGES}
        body = {lang: _markdown(rng, lang, slots) for lang in LANGUAGES}
        ascii_city = unicodedata.normalize("NFKD", slots["city"]).encode("ascii", "ignore").decode()
        slug = f"bench-{i + 1:03d}-" + "-".join(
            "".join(c for c in w.lower() if c.isalnum()) for w in ascii_city.replace("-", " ").split())
        published = NEWS_BASE_TIME - i * 2 * 86400 - rng.randint(0, 40000)
        posts.append((slug, json.dumps(title, ensure_ascii=False), json.dumps(summary, ensure_ascii=False),
                      json.dumps(body, ensure_ascii=False), published))
    return posts


def news_sql(posts):
    lines = ["BEGIN;"]
    for slug, title, summary, body, published in posts:
        lines.append("INSERT INTO news_posts (slug, title, summary, body, published_at, created_at, updated_at, updated_by)"
                     f" VALUES ({_q(slug)}, {_q(title)}, {_q(summary)}, {_q(body)}, {published}, {published}, {published}, NULL);")
    lines.append("COMMIT;")
    return "\n".join(lines) + "\n"


COUNTRY_LANGUAGES = {"BF": ["fr"], "CI": ["fr"], "ML": ["fr"], "KH": ["km", "en"], "VN": ["vi", "en"], "NI": ["es"], "BO": ["es"]}


def partners_sql(seed, count=500, updated_at=NEWS_BASE_TIME):
    """`count` partner local governments spread over the seven countries, with needs by area."""
    rng = random.Random(seed)
    countries = list(COUNTRY_LANGUAGES)
    lines = ["BEGIN;"]
    for i in range(count):
        country = countries[i % len(countries)]
        name = f"Commune {i:04d} {rng.choice(['Nord', 'Sud', 'Centre', 'Est', 'Ouest'])}"
        languages = ";" + ";".join(COUNTRY_LANGUAGES[country]) + ";"
        needs = [rng.randint(0, 3) for _ in range(3)]
        description = json.dumps({"en": f"A local government of {rng.randint(5, 300)} thousand people."})
        lines.append(
            "INSERT INTO partner_governments (key, name, country, region, level, population, languages, interpretation,"
            " need_enabling_environment, need_inclusive_led, need_trade_regional, wanted_partners, contact_name, contact_email,"
            f" description, organisation_id, updated_at) VALUES ({_q(f'{country.lower()}-bench-{i:04d}')}, {_q(name)}, {_q(country)},"
            f" {_q('Region ' + str(i % 13))}, 'commune', {rng.randint(5000, 400000)}, {_q(languages)}, {rng.randint(0, 1)},"
            f" {needs[0]}, {needs[1]}, {needs[2]}, {rng.randint(1, 2)}, '', '', {_q(description)}, NULL, {updated_at});")
    lines.append("COMMIT;")
    return "\n".join(lines) + "\n"


def outbox_sql(seed, count=10000, created_at=NEWS_BASE_TIME):
    """`count` due, unclaimed outbox rows (plain-text mail of ~700 characters), in one transaction."""
    rng = random.Random(seed)
    lines = ["BEGIN;"]
    for i in range(count):
        slots = _slots(rng)
        subject = _fill(TITLES["en"][i % len(TITLES["en"])], "en", slots)
        body = "Hello,\n\n" + "\n\n".join(_fill(s, "en", slots) for s in rng.sample(SENTENCES["en"], 5)) + \
               "\n\nThe PMI-LED program office\n"
        lines.append("INSERT INTO outbox (to_address, subject, body_text, purpose, created_at, next_attempt_at,"
                     " claimed_until, attempts)"
                     f" VALUES ({_q(f'reader{i + 1:05d}@bench.example')}, {_q(subject)}, {_q(body)}, 'bench',"
                     f" {created_at}, 0, 0, 0);")
    lines.append("COMMIT;")
    return "\n".join(lines) + "\n"


def campaign_sql(seed, count=10000, created_at=NEWS_BASE_TIME):
    """`count` confirmed subscribers to the news (English readers), and one campaign to them
    that is due now (~700 characters of Markdown), in one transaction."""
    rng = random.Random(seed)
    slots = _slots(rng)
    subject = {"en": _fill(TITLES["en"][0], "en", slots)}
    body = {"en": "\n\n".join(_fill(s, "en", slots) for s in rng.sample(SENTENCES["en"], 5))}
    lines = ["BEGIN;"]
    for i in range(count):
        address = f"reader{i + 1:05d}@bench.example"
        lines.append("INSERT INTO mailing_subscribers (email, email_normalized, name, language, organisation, status,"
                     " created_at, confirmed_at, updated_at)"
                     f" VALUES ({_q(address)}, {_q(address)}, {_q(f'Reader {i + 1}')}, 'en', '', 'active',"
                     f" {created_at}, {created_at}, {created_at});")
    lines.append("INSERT INTO mailing_subscriptions (subscriber_id, topic, state, since)"
                 f" SELECT id, 'news', 'active', {created_at} FROM mailing_subscribers;")
    lines.append("INSERT INTO mailing_campaigns (kind, status, subject, body, topics, languages, scheduled_at, created_at,"
                 f" updated_at) VALUES ('message', 'scheduled', {_q(json.dumps(subject))}, {_q(json.dumps(body))}, 'news', 'en',"
                 f" 0, {created_at}, {created_at});")
    lines.append("COMMIT;")
    return "\n".join(lines) + "\n"
