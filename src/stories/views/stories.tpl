{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Partnership stories}}</h1>
<p>{{_:x-t=What Canadian municipalities and their partner local governments did together, told by the people who did it.}}</p>
{{#OFFICER}}<p><a href="/manage/stories">{{_:x-t=Stories waiting for a decision}}</a></p>{{/OFFICER}}
{{#NONE}}<p>{{_:x-t=No story is published yet.}}</p>{{/NONE}}
<ul class="cards">{{#STORY}}<li class="card">
  {{#PHOTO}}<img src="{{THUMBNAIL}}" width="{{THUMBNAIL_WIDTH}}" height="{{THUMBNAIL_HEIGHT}}" alt="{{ALT}}" lang="{{ALT_LANG}}" loading="lazy">{{/PHOTO}}
  <h2 lang="{{TITLE_LANG}}"><a href="/stories/{{SLUG:u}}">{{TITLE}}</a></h2>
  {{#TITLE_FALLBACK}}<p class="fallback-note">{{FALLBACK_NOTE}}</p>{{/TITLE_FALLBACK}}
  <p class="meta">{{PUBLISHED}}</p>
</li>{{/STORY}}</ul>
