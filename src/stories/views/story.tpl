{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/stories">{{_:x-t=Partnership stories}}</a></p>
<article>
<h1 lang="{{TITLE_LANG}}">{{TITLE}}</h1>
{{#TITLE_FALLBACK}}<p class="fallback-note">{{FALLBACK_NOTE}}</p>{{/TITLE_FALLBACK}}
<p class="meta"><a href="/partnerships/{{PARTNERSHIP_ID:u}}">{{PARTNERSHIP}}</a>{{#HAS_PUBLISHED}} · {{PUBLISHED}}{{/HAS_PUBLISHED}}</p>
{{#MEMBER_VIEW}}<section aria-labelledby="story-state" class="card">
  <h2 id="story-state">{{_:x-t=State of the story}}</h2>
  <p>{{STATUS}} · {{_:x-t=Written by}} {{AUTHOR}}</p>
  {{#RETURNED}}<p><strong>{{_:x-t=Returned by a program officer}}</strong> {{REASON}}</p>{{/RETURNED}}
  {{#CAN_EDIT}}<p><a class="button" href="/stories/{{SLUG:u}}/edit">{{_:x-t=Edit the story}}</a></p>{{/CAN_EDIT}}
  {{#DECISIONS}}<form method="post" action="/stories/{{SLUG:u}}/decision">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    {{#RETURN}}<div class="field"><label for="reason">{{_:x-t=What should the authors change? (to return the story)}}</label>
      <textarea id="reason" name="reason" rows="3" maxlength="2000"></textarea></div>{{/RETURN}}
    {{#APPROVE}}<button type="submit" class="button" name="decision" value="approve">{{_:x-t=Approve}}</button>{{/APPROVE}}
    {{#PUBLISH}}<button type="submit" class="button" name="decision" value="publish">{{_:x-t=Publish}}</button>{{/PUBLISH}}
    {{#UNPUBLISH}}<button type="submit" class="button secondary" name="decision" value="unpublish">{{_:x-t=Unpublish}}</button>{{/UNPUBLISH}}
    {{#RETURN}}<button type="submit" class="button secondary" name="decision" value="return">{{_:x-t=Return to the authors}}</button>{{/RETURN}}
  </form>{{/DECISIONS}}
</section>{{/MEMBER_VIEW}}
{{#PHOTO}}<figure>
  <img src="{{SRC}}" srcset="{{SRCSET}}" sizes="(max-width: 60rem) 100vw, 60rem" width="{{WIDTH}}" height="{{HEIGHT}}" alt="{{ALT}}" lang="{{ALT_LANG}}">
  {{#HAS_CAPTION}}<figcaption lang="{{CAPTION_LANG}}">{{CAPTION}}</figcaption>{{/HAS_CAPTION}}
</figure>{{/PHOTO}}
{{#BODY_FALLBACK}}<p class="fallback-note">{{FALLBACK_NOTE}}</p>{{/BODY_FALLBACK}}
<div class="prose" lang="{{BODY_LANG}}">{{BODY_HTML:none}}</div>
{{#HAS_INDICATORS}}<h2>{{_:x-t=Results this story tells of}}</h2>
<ul>{{#INDICATOR}}<li>{{CODE}} {{NAME}}</li>{{/INDICATOR}}</ul>
<p><a href="/results/pmf?partnership={{PARTNERSHIP_ID:u}}">{{_:x-t=The partnership's results in the Performance Measurement Framework}}</a></p>{{/HAS_INDICATORS}}
</article>
