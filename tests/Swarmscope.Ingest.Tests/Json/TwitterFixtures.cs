namespace Swarmscope.Ingest.Tests.Json;

/// <summary>Small Twitter API fixtures in the documented shapes (field names as in the v1.1 and v2 references).</summary>
public static class TwitterFixtures
{
    /// <summary>A v2 search page with expansions=author_id,referenced_tweets.id: one original, a retweet, a reply and a quote.</summary>
    public const string V2Response = """
        {
          "data": [
            {
              "id": "1460323737035677698", "author_id": "2244994945", "created_at": "2021-11-15T18:31:02.000Z",
              "conversation_id": "1460323737035677698", "lang": "en",
              "edit_history_tweet_ids": ["1460323737035677698"],
              "text": "Introducing a new era for the Twitter Developer Platform! #TwitterAPI @TwitterDev https://t.co/abc",
              "entities": {
                "hashtags": [{"start": 58, "end": 69, "tag": "TwitterAPI"}],
                "mentions": [{"start": 70, "end": 81, "username": "TwitterDev", "id": "2244994945"}],
                "urls": [
                  {"start": 82, "end": 105, "url": "https://t.co/abc", "expanded_url": "https://developer.twitter.com/en/blog?utm_source=twitter", "display_url": "developer.twitter.com/en/blog"},
                  {"start": 106, "end": 129, "url": "https://t.co/pic", "expanded_url": "https://twitter.com/TwitterDev/status/1460323737035677698/photo/1", "media_key": "3_1460323737035677698"}
                ]
              },
              "attachments": {"media_keys": ["3_1460323737035677698"]}
            },
            {
              "id": "1460324000000000001", "author_id": "99", "created_at": "2021-11-15T18:32:00.000Z", "lang": "en",
              "text": "RT @TwitterDev: Introducing a new era for the Twitter Developer Platform!",
              "referenced_tweets": [{"type": "retweeted", "id": "1460323737035677698"}],
              "entities": {"mentions": [{"start": 3, "end": 14, "username": "TwitterDev", "id": "2244994945"}]}
            },
            {
              "id": "1460324000000000002", "author_id": "99", "created_at": "2021-11-15T18:33:00.000Z", "lang": "und",
              "text": "@TwitterDev congrats",
              "in_reply_to_user_id": "2244994945",
              "referenced_tweets": [{"type": "replied_to", "id": "1460323737035677698"}]
            },
            {
              "id": "1460324000000000003", "author_id": "100", "created_at": "2021-11-15T18:34:00.000Z",
              "text": "Big news #api https://example.org/x/",
              "referenced_tweets": [{"type": "quoted", "id": "1460323737035677698"}]
            }
          ],
          "includes": {
            "users": [
              {"id": "2244994945", "username": "TwitterDev", "name": "Twitter Dev", "created_at": "2013-12-14T04:35:55.000Z",
               "description": "The voice of the #TwitterDev team", "verified": true,
               "profile_image_url": "https://pbs.twimg.com/profile_images/1/dev_normal.jpg",
               "public_metrics": {"followers_count": 513958, "following_count": 2039, "tweet_count": 3635, "listed_count": 1672}},
              {"id": "99", "username": "fan99", "name": "Fan", "created_at": "2020-01-01T00:00:00.000Z", "verified": false,
               "public_metrics": {"followers_count": 0, "following_count": 12, "tweet_count": 40, "listed_count": 0}},
              {"id": "100", "username": "quoter"}
            ],
            "tweets": [
              {"id": "1460323737035677698", "author_id": "2244994945", "created_at": "2021-11-15T18:31:02.000Z", "text": "Introducing a new era for the Twitter Developer Platform!"},
              {"id": "555", "text": "referenced without time or author: not importable"}
            ]
          },
          "meta": {"newest_id": "1460324000000000003", "oldest_id": "1460323737035677698", "result_count": 4}
        }
        """;

    /// <summary>v1.1 tweets: an original with extended text, its retweet (embedding it), a reply and a quote.</summary>
    public const string V1Array = """
        [
          {
            "created_at": "Wed Oct 10 20:19:24 +0000 2018", "id": 1050118621198921728, "id_str": "1050118621198921728",
            "text": "To make room for more expression, we will now count all emojis as equal\u2014including those with gender\u2026 https://t.co/MkGjXf9aXm",
            "truncated": true,
            "user": {"id": 6253282, "id_str": "6253282", "name": "Twitter API", "screen_name": "TwitterAPI", "location": "San Francisco, CA",
                     "description": "The Real Twitter API.", "verified": true, "followers_count": 6133636, "friends_count": 12,
                     "statuses_count": 3656, "created_at": "Wed May 23 06:01:13 +0000 2007",
                     "profile_image_url_https": "https://pbs.twimg.com/profile_images/942858479592554497/BbazLO9L_normal.jpg", "default_profile_image": false},
            "in_reply_to_status_id_str": null, "in_reply_to_user_id_str": null, "is_quote_status": false, "lang": "en",
            "entities": {"hashtags": [], "user_mentions": [], "urls": [{"url": "https://t.co/MkGjXf9aXm", "expanded_url": "https://twitter.com/i/web/status/1050118621198921728"}]},
            "extended_tweet": {
              "full_text": "To make room for more expression, we will now count all emojis as equal\u2014including those with gender\u200d\u200d and skin t\u2026 https://t.co/MkGjXf9aXm #emoji",
              "entities": {"hashtags": [{"text": "Emoji", "indices": [0, 1]}], "user_mentions": [], "urls": [{"url": "https://t.co/Mk", "expanded_url": "https://blog.twitter.com/developer/en_us/topics/tips/2018/emoji.html?utm_medium=social"}]}
            }
          },
          {
            "created_at": "Wed Oct 10 21:00:00 +0000 2018", "id_str": "1050118621198921999",
            "text": "RT @TwitterAPI: To make room for more expression...",
            "user": {"id_str": "42", "screen_name": "Retweeter", "followers_count": 0, "friends_count": 2001, "statuses_count": 90000, "created_at": "Wed Oct 10 00:00:00 +0000 2018"},
            "retweeted_status": {
              "created_at": "Wed Oct 10 20:19:24 +0000 2018", "id_str": "1050118621198921728", "text": "To make room for more expression",
              "user": {"id_str": "6253282", "screen_name": "TwitterAPI"},
              "entities": {"hashtags": [], "user_mentions": [], "urls": []}
            },
            "entities": {"hashtags": [], "user_mentions": [{"screen_name": "TwitterAPI", "id_str": "6253282"}], "urls": []}
          },
          {
            "created_at": "Wed Oct 10 21:05:00 +0000 2018", "id_str": "1050118621198922000", "full_text": "@TwitterAPI nice",
            "in_reply_to_status_id_str": "1050118621198921728", "in_reply_to_user_id_str": "6253282",
            "user": {"id_str": "42", "screen_name": "Retweeter"},
            "entities": {"hashtags": [], "user_mentions": [{"screen_name": "TwitterAPI"}], "urls": []}
          },
          {
            "created_at": "Wed Oct 10 21:06:00 +0000 2018", "id_str": "1050118621198922001", "text": "so #true www.example.com/a",
            "quoted_status_id_str": "1050118621198921728", "is_quote_status": true,
            "user": {"id_str": "43", "screen_name": "Quoter"}
          }
        ]
        """;
}
