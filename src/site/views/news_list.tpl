{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=The Latest}}</h1>
<p><a href="/news/feed.atom">{{_:x-t=Follow the news in a feed reader (Atom)}}</a></p>
<p class="subscribe-invitation"><a class="button secondary" href="/mailing/subscribe">{{_:x-t=Receive the news by email}}</a></p>
<ul class="news-list">{{#NEWS}}<li><h2><a href="/news/{{SLUG:u}}" lang="{{TITLE_LANG}}">{{TITLE}}</a></h2>
<p class="meta"><time>{{DATE}}</time></p><p lang="{{SUMMARY_LANG}}">{{SUMMARY}}</p></li>{{/NEWS}}</ul>
{{#NO_NEWS}}<p>{{_:x-t=No news yet.}}</p>{{/NO_NEWS}}
