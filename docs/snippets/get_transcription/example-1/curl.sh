curl -i 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/recordings/rec-togfrwqp2bxxezstzbzadra/transcriptions/tr-vnsbkjqplb3dp34o7ubemfq' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET'
