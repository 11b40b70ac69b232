{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/partnerships/{{PARTNERSHIP_ID:u}}/stories">{{PARTNERSHIP}}</a> · <a href="/stories/{{SLUG:u}}">{{_:x-t=Preview the story}}</a></p>
<h1>{{_:x-t=Edit the story}}</h1>
{{#RETURNED}}<p><strong>{{_:x-t=Returned by a program officer}}</strong> {{REASON}}</p>{{/RETURNED}}
{{>FORM_ERRORS}}
<form method="post" action="/stories/{{SLUG:u}}/edit" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  {{#LANGUAGE}}<fieldset lang="{{CODE}}"><legend>{{NAME}}</legend>
    <div class="field"><label for="title_{{CODE}}">{{_:x-t=Title}} ({{NAME}})</label>
      <input id="title_{{CODE}}" name="title_{{CODE}}" type="text" maxlength="200" value="{{TITLE}}"></div>
    <div class="field"><label for="body_{{CODE}}">{{_:x-t=The story, in Markdown}} ({{NAME}})</label>
      <textarea id="body_{{CODE}}" name="body_{{CODE}}" rows="12">{{BODY}}</textarea></div>
  </fieldset>{{/LANGUAGE}}
  <fieldset id="indicators"><legend>{{_:x-t=Results this story tells of}}</legend>
    {{#INDICATOR}}<div><input type="checkbox" id="indicator_{{ID}}" name="indicator" value="{{ID}}"{{#CHECKED}} checked{{/CHECKED}}>
      <label for="indicator_{{ID}}">{{CODE}} {{NAME}}</label></div>{{/INDICATOR}}
  </fieldset>
  <button type="submit" class="button">{{_:x-t=Save the draft}}</button>
</form>
<h2>{{_:x-t=Photos}}</h2>
<ul class="cards">{{#PHOTO}}<li class="card">
  <img src="{{THUMBNAIL}}" width="{{THUMBNAIL_WIDTH}}" height="{{THUMBNAIL_HEIGHT}}" alt="{{ALT}}" lang="{{ALT_LANG}}">
  {{#HAS_CAPTION}}<p lang="{{CAPTION_LANG}}">{{CAPTION}}</p>{{/HAS_CAPTION}}
  <form method="post" action="/stories/{{SLUG:u}}/photos/{{PHOTO_ID:u}}/delete">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <button type="submit" class="button secondary">{{_:x-t=Remove this photo}}</button>
  </form>
</li>{{/PHOTO}}</ul>
{{#CAN_ADD_PHOTO}}<form method="post" action="/stories/{{SLUG:u}}/photos" enctype="multipart/form-data" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="photo">{{_:x-t=Photo (JPEG, PNG or WebP, at most 10 MB)}}</label>
    <input id="photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp"{{#INVALID_photo}} aria-invalid="true"{{/INVALID_photo}}>
    {{#INVALID_photo}}<p class="field-error">{{ERROR_photo}}</p>{{/INVALID_photo}}</div>
  {{#PHOTO_LANGUAGE}}<div class="field" lang="{{CODE}}"><label for="alt_{{CODE}}">{{_:x-t=What the photo shows, for readers who cannot see it}} ({{NAME}})</label>
    <input id="alt_{{CODE}}" name="alt_{{CODE}}" type="text" maxlength="300" value="{{ALT}}"{{#ALT_INVALID}} aria-invalid="true"{{/ALT_INVALID}}>
    {{#ALT_INVALID}}<p class="field-error">{{ALT_ERROR}}</p>{{/ALT_INVALID}}</div>
  <div class="field" lang="{{CODE}}"><label for="caption_{{CODE}}">{{_:x-t=Caption}} ({{NAME}})</label>
    <input id="caption_{{CODE}}" name="caption_{{CODE}}" type="text" maxlength="500" value="{{CAPTION}}"></div>{{/PHOTO_LANGUAGE}}
  <button type="submit" class="button">{{_:x-t=Add the photo}}</button>
</form>{{/CAN_ADD_PHOTO}}
<h2>{{_:x-t=When the story is ready}}</h2>
<form method="post" action="/stories/{{SLUG:u}}/submit">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <p>{{_:x-t=A program officer reads the story before it is published.}}</p>
  <button type="submit" class="button">{{_:x-t=Submit for approval}}</button>
</form>
