{{%AUTOESCAPE context="HTML"}}<!doctype html>
<html lang="{{LANG}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE_PREFIX}}{{TITLE}} · PMI-LED</title>
<link rel="stylesheet" href="{{CSS_URL}}">
<link rel="alternate" type="application/atom+xml" href="/news/feed.atom" title="{{_:x-t=News feed}}">
<link rel="alternate" type="text/calendar" href="/events.ics" title="{{_:x-t=Events calendar}}">
<script src="{{JS_URL}}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">{{_:x-t=Skip to main content}}</a>
<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="/?lang={{LANG:u}}">PMI-LED</a>
    <nav aria-label="{{_:x-t=Language}}" class="languages">
      <ul>{{#LANGUAGES}}<li>{{#CURRENT}}<span aria-current="true" lang="{{CODE}}">{{NAME}}</span>{{/CURRENT}}{{#OTHER}}<a href="{{URL}}" lang="{{CODE}}" hreflang="{{CODE}}">{{NAME}}</a>{{/OTHER}}</li>{{/LANGUAGES}}</ul>
    </nav>
    <form method="get" action="/search" role="search" class="site-search"><label for="site-search" class="visually-hidden">{{_:x-t=Search the site}}</label><input id="site-search" name="q" type="search" maxlength="200"><button type="submit" class="button secondary">{{_:x-t=Search}}</button></form>
  </div>
  <div class="wrap header-row">
    <nav aria-label="{{_:x-t=Main}}" class="main-nav">
      <ul>
        <li><a href="/">{{_:x-t=Home}}</a></li>
        <li><a href="/countries">{{_:x-t=Countries}}</a></li>
        <li><a href="/partners">{{_:x-t=Partners}}</a></li>
        <li><a href="/partnerships">{{_:x-t=Partnerships}}</a></li>
        <li><a href="/stories">{{_:x-t=Stories}}</a></li>
        <li><a href="/results">{{_:x-t=Results}}</a></li>
        <li><a href="/areas">{{_:x-t=Programming areas}}</a></li>
        <li><a href="/calls">{{_:x-t=Calls}}</a></li>
        <li><a href="/networks">{{_:x-t=Networks}}</a></li>
        <li><a href="/resources">{{_:x-t=Resources}}</a></li>
        <li><a href="/events">{{_:x-t=Events}}</a></li>
        <li><a href="/news">{{_:x-t=The Latest}}</a></li>
        <li><a href="/pages/funding">{{_:x-t=Funding}}</a></li>
        <li><a href="/contact">{{_:x-t=Contact}}</a></li>
      </ul>
    </nav>
    <nav aria-label="{{_:x-t=Account}}" class="account-nav">
      <ul>
        {{#SIGNED_OUT}}<li><a href="/sign-in">{{_:x-t=Sign in}}</a></li><li><a class="button" href="/sign-up">{{_:x-t=Create an account}}</a></li>{{/SIGNED_OUT}}
        {{#MANAGES_CONTENT}}<li><a href="/manage">{{_:x-t=Manage site}}</a></li>{{/MANAGES_CONTENT}}
        {{#ADMIN}}<li><a href="/admin">{{_:x-t=Administration}}</a></li>{{/ADMIN}}
        {{#APPLICANT}}<li><a href="/applications">{{_:x-t=Your applications}}</a></li>{{/APPLICANT}}
        {{#REVIEWER}}<li><a href="/reviews">{{_:x-t=Your reviews}}</a></li>{{/REVIEWER}}
        {{#SIGNED_IN}}<li><a href="/account">{{USER_NAME}}</a></li>
        <li><form method="post" action="/sign-out" class="inline"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="link">{{_:x-t=Sign out}}</button></form></li>{{/SIGNED_IN}}
      </ul>
    </nav>
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
{{#NOTICE}}<p class="notice" role="status">{{NOTICE_TEXT}}</p>{{/NOTICE}}
{{>BODY}}
</main>
<footer class="site-footer">
  <div class="wrap">
    {{FOOTER_HTML:none}}
    {{#UPDATED}}<p class="updated">{{_:x-t=Page updated}} <time>{{UPDATED_DATE}}</time></p>{{/UPDATED}}
    <p>{{_:x-t=Partnerships for Municipal Innovation – Local Economic Development}} · <a href="/contact">{{_:x-t=Contact}}</a> · <a href="/pages/about">{{_:x-t=About the program}}</a></p>
  </div>
</footer>
</body>
</html>
