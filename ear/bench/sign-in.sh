# Sourced by the benchmarks. sign_in BASE USER PASSWORD JAR signs in through the login form like a
# browser (the page's view state and signed form token, the form cookie, the Origin header) and
# prints the session cookie ("JSESSIONID=..."); JAR is a scratch cookie file.
sign_in() {
  local base=$1 user=$2 password=$3 jar=$4 origin page view_state form_token cookie
  origin=$(sed -n 's#^\(https\?://[^/]*\).*#\1#p' <<<"$base")
  page=$(curl -fsS -c "$jar" "$base/login.xhtml")
  view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" |
    sed 's/.*value="\([^"]*\)".*/\1/' | head -n 1)
  form_token=$(grep -o 'name="salus-form-token"[^>]*value="[^"]*"' <<<"$page" |
    sed 's/.*value="\([^"]*\)".*/\1/' | head -n 1)
  curl -fsS -o /dev/null -b "$jar" -c "$jar" -H "Origin: $origin" \
    --data-urlencode "login=login" --data-urlencode "login:username=$user" \
    --data-urlencode "login:password=$password" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$view_state" \
    --data-urlencode "salus-form-token=$form_token" "$base/login.xhtml"
  cookie=$(awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar" | tail -n 1)
  [[ -n "$cookie" ]] || { echo "sign-in of $user gave no session" >&2; return 1; }
  # The session must reach a signed-in page.
  [[ $(curl -sS -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/home.xhtml") == 200 ]] ||
    { echo "sign-in of $user failed" >&2; return 1; }
  echo "$cookie"
}
