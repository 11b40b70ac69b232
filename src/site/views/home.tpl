{{%AUTOESCAPE context="HTML"}}<section class="hero" aria-labelledby="program-name">
  <h1 id="program-name" lang="{{PROGRAM_NAME_LANG}}">{{PROGRAM_NAME}}</h1>
  <p class="tagline" lang="{{TAGLINE_LANG}}">{{TAGLINE}}</p>
  <p lang="{{SUMMARY_LANG}}">{{SUMMARY}}</p>
  {{#SUMMARY_FALLBACK}}<p class="fallback-note">{{FALLBACK_NOTE}}</p>{{/SUMMARY_FALLBACK}}
  <p><a class="button" href="/sign-up">{{_:x-t=Create an account}}</a> <a class="button secondary" href="/pages/get-involved">{{_:x-t=How to take part}}</a></p>
</section>
{{#OPEN_CALLS}}<section aria-labelledby="calls-heading" class="open-calls">
  <h2 id="calls-heading">{{_:x-t=Open calls}}</h2>
  <ul class="cards">{{#CALL}}<li class="card"><h3><a href="/calls/{{SLUG:u}}" lang="{{TITLE_LANG}}">{{TITLE}}</a></h3>
  <p class="meta">{{_:x-t=Deadline}}: <time>{{DEADLINE}}</time></p><p class="time-left"><strong>{{TIME_LEFT}}</strong></p></li>{{/CALL}}</ul>
</section>{{/OPEN_CALLS}}
<section aria-labelledby="figures-heading">
  <h2 id="figures-heading">{{_:x-t=The program in figures}}</h2>
  <ul class="figures">
    <li class="figure"><span class="amount">{{CASH}}</span> <span class="label">{{_:x-t=from the federal government over five years}}</span></li>
    <li class="figure"><span class="amount">{{IN_KIND}}</span> <span class="label">{{_:x-t=committed in kind by Canadian municipalities}}</span></li>
    <li class="figure"><span class="amount">{{COUNTRY_COUNT}}</span> <span class="label">{{_:x-t=countries in Africa, Asia and Latin America}}</span></li>
    <li class="figure"><span class="amount">{{AREA_COUNT}}</span> <span class="label">{{_:x-t=programming areas}}</span></li>
  </ul>
  <p><a href="/pages/funding">{{_:x-t=How the program is funded}}</a></p>
</section>
<section aria-labelledby="areas-heading">
  <h2 id="areas-heading">{{_:x-t=Programming areas}}</h2>
  <ul class="cards">{{#AREA}}<li class="card"><h3><a href="/areas/{{CODE:u}}" lang="{{NAME_LANG}}">{{NUMBER}}. {{NAME}}</a></h3><p lang="{{SUMMARY_LANG}}">{{SUMMARY}}</p></li>{{/AREA}}</ul>
</section>
<section aria-labelledby="countries-heading">
  <h2 id="countries-heading">{{_:x-t=Where we work}}</h2>
  {{#REGION}}<h3 lang="{{NAME_LANG}}">{{NAME}}</h3>
  <ul class="country-list">{{#COUNTRY}}<li><a href="/countries/{{CODE:u}}" lang="{{NAME_LANG}}">{{NAME}}</a> <span class="meta">{{LANGUAGES}}</span></li>{{/COUNTRY}}</ul>{{/REGION}}
</section>
<section aria-labelledby="news-heading">
  <h2 id="news-heading">{{_:x-t=The Latest}}</h2>
  <ul class="cards">{{#NEWS}}<li class="card"><h3><a href="/news/{{SLUG:u}}" lang="{{TITLE_LANG}}">{{TITLE}}</a></h3><p class="meta"><time>{{DATE}}</time></p><p lang="{{SUMMARY_LANG}}">{{SUMMARY}}</p></li>{{/NEWS}}</ul>
  <p><a href="/news">{{_:x-t=All news}}</a></p>
</section>
