{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Your recovery codes}}</h1>
<p>{{_:x-t=Keep these codes somewhere safe, away from your phone. Each one signs you in once if you lose your authenticator app. They are shown only now.}}</p>
<ul class="recovery-codes">
  {{#RECOVERY_CODE}}<li><code>{{CODE}}</code></li>{{/RECOVERY_CODE}}
</ul>
<p><a class="button" href="/account">{{_:x-t=I have saved them}}</a></p>
