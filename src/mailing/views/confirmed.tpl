{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=You are subscribed}}</h1>
<p>{{SUMMARY}}</p>
<p>{{_:x-t=Every message ends with a link to unsubscribe or to change your topics, with no need to sign in.}}</p>
<p><a href="/news">{{_:x-t=Read the latest news}}</a></p>
